import { CAPITALISED, isLetter, LETTER, UPPER } from './letters';
import { NOT_NAMES } from './nameLexicon';
import { normalizeName } from './normalizeName';
import type { PiiCandidate } from './piiTypes';

export const INITIALS_PRIORITY = 2;

const SURNAME_WORD = CAPITALISED;
const INITIALS = `[${UPPER}]\\.[ \\u00a0]?[${UPPER}]\\.`;
// "Зайцева Е. В.", "Григорян Г.Г." or "Е. В. Зайцева": a surname and two initials, either order.
const SURNAME_INITIALS = new RegExp(
  `(${SURNAME_WORD}) ${INITIALS}|${INITIALS}[ \\u00a0]?(${SURNAME_WORD})(?![${LETTER}])`,
  'g',
);

/** A surname with the initials of the first name and patronymic, in either order. */
export function detectInitials(text: string, out: PiiCandidate[]): void {
  SURNAME_INITIALS.lastIndex = 0;
  for (let m = SURNAME_INITIALS.exec(text); m; m = SURNAME_INITIALS.exec(text)) {
    if (isLetter(text.charAt(m.index - 1))) continue;
    const surname = (m[1] ?? m[2] ?? '').toLowerCase();
    if (NOT_NAMES.has(surname)) continue;
    const end = m.index + m[0].length;
    out.push({
      type: 'NAME',
      start: m.index,
      end,
      key: normalizeName(m[0]),
      priority: INITIALS_PRIORITY,
    });
  }
}
