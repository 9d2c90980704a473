import { classifyDigits, type DigitClue } from './classifyDigits';
import { NUMBER_PRIORITY } from './detectNumbers';
import type { PiiCandidate } from './piiTypes';

// "+7.960.460.91.76", "8.916.123.45.67", "991.047.43.22": a Russian number grouped 3-3-2-2 with
// dots. Only this grouping: other dotted numbers are dates (12.05.2024), amounts (1.500.000),
// versions (5.12.3) and IP addresses (192.168.10.10: a first group of 1xx or 2xx is no phone code).
const DOTTED = /(?:(\+7|[78])[ \u00a0]?\.?[ \u00a0]?)?(\d{3})\.(\d{3})\.(\d{2})\.(\d{2})/g;
const GLUED = /[\d.A-Za-z_]/;
const NO_CLUE: DigitClue = { has: () => false, numberSign: false, bik: undefined };

/** Russian phone numbers written with dots between the digit groups. */
export function detectDottedPhones(text: string, out: PiiCandidate[]): void {
  DOTTED.lastIndex = 0;
  for (let m = DOTTED.exec(text); m; m = DOTTED.exec(text)) {
    const end = m.index + m[0].length;
    // Part of a longer dotted number ("1.991.047.43.22", "991.047.43.22.5"): not a phone.
    const longer = GLUED.test(text.charAt(m.index - 1)) || /^\.?\d/.test(text.slice(end, end + 2));
    if (longer) {
      DOTTED.lastIndex = m.index + 1;
      continue;
    }
    const prefix = m[1] ?? '';
    const national = `${m[2]}${m[3]}${m[4]}${m[5]}`;
    const digits = prefix.replace('+', '') + national;
    const groups = prefix ? [1, 3, 3, 2, 2] : [3, 3, 2, 2];
    const found = classifyDigits({ digits, groups, plus: prefix.startsWith('+'), paren: false }, NO_CLUE);
    if (found?.type === 'PHONE') {
      out.push({ type: 'PHONE', start: m.index, end, key: found.key, priority: NUMBER_PRIORITY });
    }
  }
}
