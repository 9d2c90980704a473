import type { Token } from './tokenize';

/** Prepositions of place: "в Перми", "под Читой", "между Сургутом и…", "near Whitehorse", "in Milan". */
const BEFORE_PLACE = new Set([
  'в',
  'во',
  'под',
  'около',
  'возле',
  'между',
  'у',
  'из',
  'near',
  'in',
  'at',
  'outside',
  'around',
]);
/** Capitalised words after those prepositions that are not places: the brand, apps, channels, months. */
const NOT_PLACES = new Set(
  'сигнал сигнала сигнале signal мой telegram телеграм телеграме whatsapp вотсап viber вайбер вк вконтакте приложении приложение личном кабинете роспотребнадзор суд i im my the a an this that it my our понедельник вторник среду четверг пятницу субботу воскресенье январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/**
 * Capitalised names after a preposition of place, not at the start of a sentence: a town, a country,
 * an airport. Counts as "somewhere away", never as a crisis by itself.
 */
export function namedPlaces(text: string, tokens: readonly Token[]): { start: number; end: number }[] {
  const places: { start: number; end: number }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    if (!BEFORE_PLACE.has(prev.norm)) continue;
    const t = tokens[i]!;
    // A phrase written in capitals is shouted, not a name.
    if (t.sentence !== prev.sentence || t.norm.length < 3 || t.caps || NOT_PLACES.has(t.norm)) continue;
    const first = text[t.start]!;
    if (first !== first.toLowerCase()) places.push({ start: t.start, end: t.end });
  }
  return places;
}
