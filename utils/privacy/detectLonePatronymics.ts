import { isLetter } from './letters';
import { normalizeName } from './normalizeName';
import type { PiiCandidate } from './piiTypes';

// A person named by the patronymic alone, as Russians speak of a neighbour, a colleague or a
// repairman ("Сосед наш, Викторович, …", "Петровна из бухгалтерии", "мастер Богданович"): a
// capitalised word with a long patronymic ending is a name by itself. Only "-ович/-евич" and
// "-овна/-евна": "-ична" also ends short adjectives ("Аналогична"), and the few adjectives in
// "-овна/-евна" ("Виновна", "Душевна") are listed.
const LONE_PATRONYMIC = /[А-ЯЁ][а-яё]{2,}(?:ович|евич|овн|евн)(?:а|у|ем|ом|е|ы|ой|ою)?(?![а-яёА-ЯЁ])/gu;
const ADJECTIVES = /^(?:без)?(?:услов|винов|нерав|неров|ров|духов|грехов|любов|душев|ежеднев|полнокров)н/u;

/** Lower than any other name finding, so a full name around the patronymic wins. */
export const LONE_PATRONYMIC_PRIORITY = 1;

/** Capitalised patronymics standing alone ("Викторович", "Шухратовна"), as names. */
export function detectLonePatronymics(text: string, out: PiiCandidate[]): void {
  LONE_PATRONYMIC.lastIndex = 0;
  for (let m = LONE_PATRONYMIC.exec(text); m; m = LONE_PATRONYMIC.exec(text)) {
    if (isLetter(text.charAt(m.index - 1))) continue;
    const lower = m[0].toLowerCase();
    if (ADJECTIVES.test(lower)) continue;
    const end = m.index + m[0].length;
    out.push({
      type: 'NAME',
      start: m.index,
      end,
      key: normalizeName(m[0]),
      priority: LONE_PATRONYMIC_PRIORITY,
    });
  }
}
