import { CAPITALISED, isLetter, LATIN_WORD, LETTER } from './letters';
import { EAST_ASIAN_GIVEN, EAST_ASIAN_SURNAMES, NOT_NAMES, WORD_NAMES } from './nameLexicon';
import {
  isFirstName as isFirst,
  isPlainFirstName,
  LATIN_SURNAME,
  PATRONYMIC,
  STRICT_PATRONYMIC,
  SURNAME,
} from './nameWords';
import { normalizeName } from './normalizeName';
import type { PiiCandidate } from './piiTypes';

// Two or three capitalised words in a row ("Роман Зайцев", "Петрова Вера Ивановна").
const WORD = CAPITALISED;
const CAPITALISED_RUN = new RegExp(`${WORD}(?: ${WORD}){1,2}(?![${LETTER}])`, 'g');

export const NAME_SHAPE_PRIORITY = 2;

/**
 * Full names written without any cue, recognised by shape: a known first name (in any case)
 * next to a surname ("Роман Зайцев", "Петрова Вера", "Ивана Петрова") or a patronymic ("Анна
 * Сергеевна"), or surname, name and patronymic; any capitalised word before a full patronymic
 * ("Гагик Арамович"); an English first name before a capitalised word. A lone capitalised word
 * is never taken: it may start a sentence.
 */
function nameShape(words: readonly string[], midSentence: boolean): boolean {
  const [a = '', b = '', c] = words;
  if (NOT_NAMES.has(a) || NOT_NAMES.has(b)) return false;
  if (c !== undefined && !NOT_NAMES.has(c)) {
    // A surname of no telling shape ("Ким Остап Иванович") counts only inside a sentence,
    // where a capitalised word is a proper noun; at its start it may be "Передайте".
    const surname = SURNAME.test(a) || isFirst(a) || EAST_ASIAN_SURNAMES.has(a) || midSentence;
    if (PATRONYMIC.test(c) && isFirst(b) && surname) return true;
    // "Петросян Гагик Арамович", "Саркисяна Самвела Арамовича": after a surname a full
    // patronymic marks the name even when the first name is not in the lexicon.
    if (STRICT_PATRONYMIC.test(c) && SURNAME.test(a)) return true;
  }
  // "Гагик Арамович": first name and a full patronymic.
  if (STRICT_PATRONYMIC.test(b)) return true;
  // "Тен Ирина", "Чжан Вэй", "Li Wei": a listed Korean or Chinese surname and a given name.
  if (EAST_ASIAN_SURNAMES.has(a) && (isFirst(b) || EAST_ASIAN_GIVEN.has(b))) return true;
  // "Malika Akhmedova", "Bakhtiyor Karimov": a transliterated Russian or CIS surname.
  if (LATIN_WORD.test(a) && LATIN_WORD.test(b)) return englishShape(a) || LATIN_SURNAME.test(b);
  if ((isFirst(a) && (SURNAME.test(b) || PATRONYMIC.test(b))) || (SURNAME.test(a) && isFirst(b))) return true;
  // "Эве Тамм", "Сепп Кристину": inside a sentence a capitalised word is a proper noun, and
  // one next to a first name is its surname, whatever its shape (Estonian, Latvian, Polish).
  return midSentence && (isPlainFirstName(a) || isPlainFirstName(b));
}

/**
 * English has no surname endings: a first name from the lexicon followed by any capitalised
 * word ("Sarah Johnson"). Names that are also words ("Will", "Hope", "Mark") need a cue.
 */
function englishShape(first: string): boolean {
  return isFirst(first) && !WORD_NAMES.has(first);
}

/**
 * Whether the third capitalised word still belongs to the name: a patronymic or a surname by
 * shape, or any surname after a first name and patronymic ("Алексей Владимирович Мельник").
 */
function thirdWordOfName(words: readonly string[]): boolean {
  const [a = '', b = '', c = ''] = words;
  if (PATRONYMIC.test(c) || SURNAME.test(c)) return true;
  // "Jessica Anne Morales", "Robert James O'Neil": English first, middle and last name.
  if (LATIN_WORD.test(a) && LATIN_WORD.test(b) && LATIN_WORD.test(c))
    return englishShape(a) && !NOT_NAMES.has(c);
  return !NOT_NAMES.has(c) && isFirst(a) && STRICT_PATRONYMIC.test(b);
}

/** Whether `index` starts the text or a sentence (only spaces back to ".", "!", "?" or a line break). */
function sentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[.!?\n…]/.test(text.charAt(i));
}

export function detectNameShapes(text: string, out: PiiCandidate[]): void {
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(text); m; m = CAPITALISED_RUN.exec(text)) {
    // Checked here, not by a lookbehind: a lookbehind at every position is slow.
    if (isLetter(text.charAt(m.index - 1))) continue;
    const words = m[0].toLowerCase().split(' ');
    let start = m.index;
    let end = m.index + m[0].length;
    if (!nameShape(words, !sentenceStart(text, m.index))) {
      // "Клиент Роман Зайцев": the run may start with a word that is no part of the name.
      if (words.length !== 3 || !nameShape(words.slice(1), true)) {
        // "Звонил Ким Сергей Алексеевич": the name may also run past this window; look again
        // from the second word.
        CAPITALISED_RUN.lastIndex = m.index + m[0].indexOf(' ') + 1;
        continue;
      }
      start += m[0].indexOf(' ') + 1;
    } else if (words.length === 3 && !thirdWordOfName(words)) {
      // A third word that is neither patronymic nor surname belongs to the sentence.
      end = m.index + m[0].lastIndexOf(' ');
    }
    const value = text.slice(start, end);
    out.push({ type: 'NAME', start, end, key: normalizeName(value), priority: NAME_SHAPE_PRIORITY });
  }
}
