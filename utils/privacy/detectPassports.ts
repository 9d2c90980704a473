import { isLetter } from './letters';
import type { PiiCandidate } from './piiTypes';

// The series: 4 digits ("4510" or "45 10"); an optional "№"/"номер"/"number" (also after a
// comma: "серия 9808, номер 242883"); the 6-digit number.
const SERIES_NUMBER =
  '(?<![\\dA-Za-zА-яЁё])(\\d{2} ?\\d{2})[ \\u00a0-]*(?:,?[ \\u00a0]*(?:№|номер|ном\\.|н\\.|number|no\\.?|#)[ \\u00a0:]*)?(\\d{6})(?!\\d)';
// The context word, up to 30 non-digit characters ("паспорта РФ: серия ") on its line or, for a
// label ("Паспорт:", "паспортные данные"), the line after, then series and number. Without such
// a word ten digits are far more often an order number, so the word is required. The word as
// customers type it: "паспорт", "пасспорт", "паспотр", "пасп.".
const PASSPORT = new RegExp(
  `(?:пасс?п(?:орт|отр)[а-яё]*|пасп\\.|серия|серии|passport)[^\\d\\n]{0,30}?(?:\\r?\\n[ \\t]*)?${SERIES_NUMBER}`,
  'dgi',
);
// A second passport listed after the first, in the same sentence, after a comma or a dash and a
// few words ("Её паспорт 0300 867740, мой — 03 21 № 862266", "…, а мой 8324 851616"): the cue
// word covers the list.
const NEXT_PASSPORT = new RegExp(`^[ \\u00a0]*[,;—–-][^\\d\\n.!?]{0,16}?${SERIES_NUMBER}`, 'di');

export const PASSPORT_PRIORITY = 4;

function push(out: PiiCandidate[], m: RegExpExecArray, offset: number): number {
  const series = m[1] ?? '';
  const number = m[2] ?? '';
  const start = offset + (m.indices?.[1]?.[0] ?? m.index);
  const end = offset + m.index + m[0].length;
  out.push({
    type: 'PASSPORT',
    start,
    end,
    key: series.replace(/\D/g, '') + number,
    priority: PASSPORT_PRIORITY,
  });
  return end;
}

/** Russian internal passports: series and number, found only after "паспорт", "серия". */
export function detectPassports(text: string, out: PiiCandidate[]): void {
  PASSPORT.lastIndex = 0;
  for (let m = PASSPORT.exec(text); m; m = PASSPORT.exec(text)) {
    if (isLetter(text.charAt(m.index - 1))) continue;
    let end = push(out, m, 0);
    for (let next = NEXT_PASSPORT.exec(text.slice(end)); next; next = NEXT_PASSPORT.exec(text.slice(end))) {
      end = push(out, next, end);
    }
    PASSPORT.lastIndex = end;
  }
}
