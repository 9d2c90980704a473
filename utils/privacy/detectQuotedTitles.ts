import { STREET_PRIORITY } from './detectStreets';
import type { PiiCandidate } from './piiTypes';

// A title in quotes, a book, a film, a show or a tariff ("«Евгений Онегин»", "«Дядя Ваня»",
// "\"Harry Potter\""): two to four capitalised-first words with no punctuation between the
// quotes. The characters' names in it are nobody's personal data. A one-word quote («Ольга»)
// may be the customer quoting a name, and a quoted sentence has punctuation, so both are left.
const QUOTED_TITLE = /[«"“]([A-ZА-ЯЁ][^\s«»"“”.,!?:;()]*(?:[ \u00a0][^\s«»"“”.,!?:;()]+){1,3})[»"”]/gu;

/** Quoted titles, kept: names inside them are not replaced (a known name still is). */
export function detectQuotedTitles(text: string, out: PiiCandidate[]): void {
  QUOTED_TITLE.lastIndex = 0;
  for (let m = QUOTED_TITLE.exec(text); m; m = QUOTED_TITLE.exec(text)) {
    out.push({
      type: 'KEEP',
      start: m.index,
      end: m.index + m[0].length,
      key: '',
      priority: STREET_PRIORITY,
    });
  }
}
