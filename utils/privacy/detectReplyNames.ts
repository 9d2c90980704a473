import { isLetter } from './letters';
import { EAST_ASIAN_SURNAMES, FIRST_NAMES, NOT_NAMES, WORD_NAMES } from './nameLexicon';
import { LOWER_SURNAME, STRICT_PATRONYMIC, SURNAME } from './nameWords';
import { normalizeName } from './normalizeName';
import type { PiiCandidate } from './piiTypes';

export const REPLY_NAME_PRIORITY = 2;

// Up to three words opening the message, then a comma or the message end: "Вася, 8-962-…",
// "ольга викторовна, да, …", "Ли, +7 …", "mary-kate jenkins".
const REPLY_START =
  /^[ \t]*([A-Za-zА-яЁё]+(?:-[A-Za-zА-яЁё]+)?)((?: [A-Za-zА-яЁё'’]+(?:-[A-Za-zА-яЁё]+)?){0,2})[ \t]*(,|[.!]?[ \t]*$)/;
const LATIN = /^[a-z]/;

/** A nominative first name that is no word (each half of "mary-kate"), or a listed Korean/Chinese surname. */
function opensName(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower)) return false;
  if (word[0] !== lower[0] && EAST_ASIAN_SURNAMES.has(lower)) return true;
  return lower.split('-').every((part) => FIRST_NAMES.has(part) && !WORD_NAMES.has(part));
}

/** A word after the first name: a patronymic or surname by shape; in a message that is only a Latin name, any word. */
function continuesName(word: string, wholeLatin: boolean): boolean {
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower)) return false;
  if (wholeLatin && LATIN.test(lower)) return true;
  const surname = word[0] !== lower[0] ? SURNAME.test(lower) : LOWER_SURNAME.test(lower);
  return surname || STRICT_PATRONYMIC.test(lower);
}

/**
 * A short reply that opens with the name asked for, followed by a comma or nothing: the name
 * alone ("Гульназ, снилс …", "Хадижат, дочь Магомеда"), with its patronymic or surname in
 * lower case as people type in chat ("ольга викторовна, да, …", "зульфия ишмухаметова, …").
 * Only at the very start: inside a text a word before a comma says nothing.
 */
export function detectReplyNames(text: string, out: PiiCandidate[]): void {
  const m = REPLY_START.exec(text);
  const first = m?.[1];
  if (!m || first === undefined || !opensName(first)) return;
  const start = m.index + m[0].indexOf(first);
  const rest = (m[2] ?? '').split(' ').filter((w) => w !== '');
  const wholeLatin = m[3] !== ',' && LATIN.test(first.toLowerCase());
  let end = start + first.length;
  for (const w of rest) {
    if (!continuesName(w, wholeLatin)) break;
    end = text.indexOf(w, end) + w.length;
  }
  // The name must reach the comma or the message end: "Вася пишет, …" is a sentence.
  const after = text.slice(end).replace(/^[ \t]+/, '');
  if (!(after.startsWith(',') || /^[.!]?[ \t]*$/.test(after))) return;
  if (isLetter(text.charAt(end))) return;
  out.push({
    type: 'NAME',
    start,
    end,
    key: normalizeName(text.slice(start, end)),
    priority: REPLY_NAME_PRIORITY,
  });
}
