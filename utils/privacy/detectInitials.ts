import { CAPITALISED, isLetter, LETTER, UPPER } from './letters';
import { NOT_NAMES } from './nameLexicon';
import { isPlainFirstName } from './nameWords';
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

// "Chloe M.", "Полина Г.": one word and one initial, a name when the word is a first name or
// when it signs the message (the last words of the text).
const WORD_INITIAL = new RegExp(`(${SURNAME_WORD}) [${UPPER}]\\.(?![${LETTER}])`, 'g');

function wordAndInitial(text: string, out: PiiCandidate[]): void {
  WORD_INITIAL.lastIndex = 0;
  for (let m = WORD_INITIAL.exec(text); m; m = WORD_INITIAL.exec(text)) {
    if (isLetter(text.charAt(m.index - 1))) continue;
    const word = (m[1] ?? '').toLowerCase();
    const end = m.index + m[0].length;
    if (NOT_NAMES.has(word) || !(isPlainFirstName(word) || text.slice(end).trim() === '')) continue;
    out.push({ type: 'NAME', start: m.index, end, key: normalizeName(m[0]), priority: INITIALS_PRIORITY });
  }
}

/**
 * A surname with the initials of the first name and patronymic, in either order; a first name
 * with one initial, or any word with one initial signing the message.
 */
export function detectInitials(text: string, out: PiiCandidate[]): void {
  wordAndInitial(text, out);
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
