// Longest first. A light stemmer: enough to match «перевод», «перевода», «переводом» or
// «волнуюсь», «волнуетесь» when ranking templates; not a linguistic analysis.
const RU_ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ешь',
  'ете',
  'ите',
  'ишь',
  'ует',
  'уют',
  'яет',
  'ают',
  'ают',
  'ться',
  'тся',
  'ешься',
  'ется',
  'ого',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
  'ой',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ою',
  'ею',
  'ую',
  'юю',
  'ов',
  'ев',
  'ей',
  'ия',
  'ие',
  'ию',
  'ии',
  'ть',
  'ла',
  'ли',
  'ло',
  'ет',
  'ит',
  'ут',
  'ют',
  'ат',
  'ят',
  'сь',
  'ся',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'й',
].sort((a, b) => b.length - a.length);
const EN_ENDINGS = ['ingly', 'edly', 'ing', 'ies', 'ed', 'es', 'ly', 's'];

/** Lower-cased, `ё` → `е`, common endings removed while at least three letters remain. */
export function stemWord(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  const endings = /[а-я]/.test(w) ? RU_ENDINGS : EN_ENDINGS;
  for (const ending of endings) {
    if (w.length - ending.length >= 3 && w.endsWith(ending)) return w.slice(0, -ending.length);
  }
  return w;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Stems of the words of a text, without very short words. */
export function stemsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    if (m[0].length >= 3) out.push(stemWord(m[0]));
  }
  return out;
}
