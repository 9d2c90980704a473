import { classifyDigits, type DigitClue } from './classifyDigits';
import { NUMBER_PRIORITY } from './detectNumbers';
import type { PiiCandidate } from './piiTypes';

// Checksum-valid identifiers written with separators that digit runs do not join (a dot or a
// slash would also join dates, amounts, versions and fractions): an IMEI in its TAC/SNR/check
// notation "86784977/537170/3", a card with dots "4874.2703.0991.6272". Only these exact
// groupings, and the checksum decides: "1234.5678.9012.3456" failing Luhn stays.
const SEPARATED = /(\d{8})\/(\d{6})\/(\d)|(\d{4})\.(\d{4})\.(\d{4})\.(\d{3,4})/g;
const GLUED = /[\d./A-Za-z_]/;
const NO_CLUE: DigitClue = { has: () => false, numberSign: false, bik: undefined };

/** IMEIs written "TAC/SNR/CD" and cards written with dots, when their Luhn check holds. */
export function detectSeparatedIdentifiers(text: string, out: PiiCandidate[]): void {
  SEPARATED.lastIndex = 0;
  for (let m = SEPARATED.exec(text); m; m = SEPARATED.exec(text)) {
    const end = m.index + m[0].length;
    // Part of a longer chain ("1.4874.2703.0991.6272", "…/3/1"): not one identifier.
    if (GLUED.test(text.charAt(m.index - 1)) || /^[./]?\d/.test(text.slice(end, end + 2))) continue;
    const parts = m.slice(1).filter((g): g is string => g !== undefined);
    const digits = parts.join('');
    const groups = parts.map((g) => g.length);
    const found = classifyDigits({ digits, groups, plus: false, paren: false }, NO_CLUE);
    const expected = m[1] === undefined ? 'CARD' : 'IMEI';
    if (found?.type === expected) {
      out.push({ type: expected, start: m.index, end, key: found.key, priority: NUMBER_PRIORITY });
    }
  }
}
