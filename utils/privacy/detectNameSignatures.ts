import { CAPITALISED, isLetter, LATIN_WORD, LETTER } from './letters';
import { FIRST_NAMES, NOT_NAMES } from './nameLexicon';
import { isFirstName, isPlainFirstName, SURNAME } from './nameWords';
import { normalizeName } from './normalizeName';
import type { PiiCandidate } from './piiTypes';

export const SIGNATURE_PRIORITY = 2;

const WORD = CAPITALISED;
// "— Will Harris" closing a message or a sentence: one to three capitalised words after a dash.
const DASH_SIGNATURE = new RegExp(`[—–-][ \\t]*(${WORD}(?: ${WORD}){0,2})(?=[ \\t]*(?:[.!,;\\n]|$))`, 'g');
// "Hans Becker here", "Надежда Ким здесь": the writer names themselves before "here".
const HERE = new RegExp(`(${WORD}(?: ${WORD}){0,2}) (?:here|здесь|на связи)(?![${LETTER}])`, 'g');
// "…, Артём, 89811465720", "Марина.", "если что, Иван": a first name alone between punctuation.
const ALONE = new RegExp(`${WORD}(?=[ \\t]*(?:[.,!?;\\n]|$))`, 'g');
const CLAUSE_END = /[.,!?;:\n]/;
const GREETING_AFTER = /^, (?:здравствуйте|добр|привет|hello|hi\b|good)/i;
// The last words of a message: a name alone on the last line ("…\nВера", "\n— Fatima"), as the
// last sentence ("…на почту. Вера."), or after a sign-off ("Thanks! Mark"). Matched on the
// message's tail only.
const CLOSING = new RegExp(
  `(?:(^|\\n)[ \\t]*([—–-][ \\t]*)?|(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Сс]пасибо|[Бб]лагодарю)[!.,]?[ \\t]+|[.!?…][ \\t]+)(${WORD}(?: ${WORD}){0,2})[ \\t]*[.!]?\\s*$`,
  'd',
);
const TAIL = 80;

/**
 * Whether `index` opens a clause: only spaces between it and the text start or a punctuation
 * mark; a quoted reply's "> " counts as a line start ("> Алина, здравствуйте!").
 */
function clauseStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '>')) i--;
  return i < 0 || CLAUSE_END.test(text.charAt(i));
}

/**
 * A name closing the message. Here even a name that is a word signs it ("Вера" on the last
 * line), and after a dash opening the last line any capitalised word does ("— Zeynep").
 */
function detectClosingName(text: string, out: PiiCandidate[]): void {
  const from = Math.max(0, text.length - TAIL);
  const m = CLOSING.exec(text.slice(from));
  const name = m?.[3];
  const at = m?.indices?.[3]?.[0];
  if (!m || name === undefined || at === undefined) return;
  // "^" is the start of the tail: only the start of the text when the tail is all of it.
  if (m[1] === '' && from > 0) return;
  const words = name.split(' ');
  if (words.some((w) => NOT_NAMES.has(w.toLowerCase()))) return;
  const [a = '', b = ''] = words.map((w) => w.toLowerCase());
  // Without a dash, two words need a first name or a surname's shape: "Laura McDonald",
  // "Петрова Марина" sign; "Samsung Galaxy" on the last line does not.
  const ok =
    words.length === 1
      ? isFirstName(a) || (m[1] !== undefined && m[2] !== undefined)
      : m[2] !== undefined
        ? signatureName(words)
        : isFirstName(a) || isFirstName(b) || SURNAME.test(b);
  if (ok) push(out, text, from + at, from + at + name.length);
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
  return SURNAME.test(b) || isFirstName(b) || LATIN_WORD.test(b);
}

function push(out: PiiCandidate[], text: string, start: number, end: number): void {
  const key = normalizeName(text.slice(start, end));
  out.push({ type: 'NAME', start, end, key, priority: SIGNATURE_PRIORITY });
}

/** Names that sign or head a message rather than follow a cue word: "— Will Harris", "Hans Becker here", "…, Артём, 8981…". */
export function detectNameSignatures(text: string, out: PiiCandidate[]): void {
  detectClosingName(text, out);
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
    const end = m.index + m[0].length;
    // Only the nominative of a name that is not also a word: "Марина." signs a message,
    // "Надежда." on its own may be a word; but "Вера, здравствуйте!" addresses a person.
    const greeted = GREETING_AFTER.test(text.slice(end, end + 16));
    if (!FIRST_NAMES.has(lower) || !(isPlainFirstName(lower) || greeted)) continue;
    if (!clauseStart(text, m.index)) continue;
    push(out, text, m.index, end);
  }
}
