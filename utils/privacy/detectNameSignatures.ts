import { isLetter, LETTER, LOWER, UPPER } from './letters';
import { FIRST_NAMES, NOT_NAMES } from './nameLexicon';
import { isFirstName, isPlainFirstName, SURNAME } from './nameWords';
import { normalizeName } from './normalizeName';
import type { PiiCandidate } from './piiTypes';

export const SIGNATURE_PRIORITY = 2;

const WORD = `[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?`;
// "— Will Harris" closing a message or a sentence: one to three capitalised words after a dash.
const DASH_SIGNATURE = new RegExp(`[—–-][ \\t]*(${WORD}(?: ${WORD}){0,2})(?=[ \\t]*(?:[.!,;\\n]|$))`, 'g');
// "Hans Becker here", "Надежда Ким здесь": the writer names themselves before "here".
const HERE = new RegExp(`(${WORD}(?: ${WORD}){0,2}) (?:here|здесь|на связи)(?![${LETTER}])`, 'g');
// "…, Артём, 89811465720", "Марина.", "если что, Иван": a first name alone between punctuation.
const ALONE = new RegExp(`${WORD}(?=[ \\t]*(?:[.,!?;\\n]|$))`, 'g');
const CLAUSE_END = /[.,!?;:\n]/;

/** Whether `index` opens a clause: only spaces between it and the text start or a punctuation mark. */
function clauseStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || CLAUSE_END.test(text.charAt(i));
}

/**
 * Whether capitalised words make a person's name without a surrounding cue: a known first name
 * (also one that is a word, "Will"), or two or three words of which none is a greeting, brand
 * or month, the second shaped like a surname or written in Latin letters.
 */
function signatureName(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => NOT_NAMES.has(w))) return false;
  const [a = '', b] = lower;
  if (isFirstName(a)) return true;
  if (b === undefined) return false;
  return SURNAME.test(b) || isFirstName(b) || /^[a-z]/.test(b);
}

function push(out: PiiCandidate[], text: string, start: number, end: number): void {
  const key = normalizeName(text.slice(start, end));
  out.push({ type: 'NAME', start, end, key, priority: SIGNATURE_PRIORITY });
}

/** Names that sign or head a message rather than follow a cue word: "— Will Harris", "Hans Becker here", "…, Артём, 8981…". */
export function detectNameSignatures(text: string, out: PiiCandidate[]): void {
  DASH_SIGNATURE.lastIndex = 0;
  for (let m = DASH_SIGNATURE.exec(text); m; m = DASH_SIGNATURE.exec(text)) {
    // A dash between spaces (or opening a line), not a hyphen inside "Д-2023" or "Wi-Fi".
    const before = text.charAt(m.index - 1);
    if (before !== '' && !/\s/.test(before)) continue;
    const name = m[1] ?? '';
    if (!signatureName(name.split(' '))) continue;
    const end = m.index + m[0].length;
    push(out, text, end - name.length, end);
  }
  HERE.lastIndex = 0;
  for (let m = HERE.exec(text); m; m = HERE.exec(text)) {
    const name = m[1] ?? '';
    if (!clauseStart(text, m.index)) continue;
    if (!signatureName(name.split(' '))) continue;
    push(out, text, m.index, m.index + name.length);
  }
  ALONE.lastIndex = 0;
  for (let m = ALONE.exec(text); m; m = ALONE.exec(text)) {
    if (isLetter(text.charAt(m.index - 1))) continue;
    const lower = m[0].toLowerCase();
    // Only the nominative of a name that is not also a word: "Марина." signs a message,
    // "Надежда." on its own may be a word.
    if (!FIRST_NAMES.has(lower) || !isPlainFirstName(lower)) continue;
    if (!clauseStart(text, m.index)) continue;
    push(out, text, m.index, m.index + m[0].length);
  }
}
