import { firstNameBase } from './firstNameBase';
import { isLetter, LETTER, LOWER, UPPER } from './letters';
import { NOT_NAMES } from './nameLexicon';
import { normalizeName } from './normalizeName';
import type { PiiCandidate } from './piiTypes';

// Two or three capitalised words in a row ("Роман Зайцев", "Петрова Вера Ивановна").
const WORD = `[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?`;
const CAPITALISED_RUN = new RegExp(`${WORD}(?: ${WORD}){1,2}(?![${LETTER}])`, 'g');
// Surnames and patronymics in any case: "Петров", "Петрова", "Петровым", "Сергеевны".
const SURNAME =
  /(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой|ою|ых)?|(?:ск|цк)(?:ий|ая|ого|ой|ому|им|ую|ою)|ых|их|енко|ук|юк|ян|дзе|швили)$/;
const PATRONYMIC = /(?:ович|евич|ич|овн|евн|ичн|иничн)(?:а|у|ем|ом|е|ы|ой|ою)?$/;

export const NAME_SHAPE_PRIORITY = 2;

/** A first name in any case form: shapes catch "для Ивана Петрова" as well as "Иван Петров". */
function isFirst(w: string): boolean {
  return firstNameBase(w) !== undefined;
}

/**
 * Full names written without any cue, recognised by shape: a known first name (in any case)
 * next to a surname ("Роман Зайцев", "Петрова Вера", "Ивана Петрова") or a patronymic ("Анна
 * Сергеевна"), or surname, name and patronymic. A lone capitalised word is never taken: it may
 * start a sentence.
 */
function nameShape(words: readonly string[]): boolean {
  const [a = '', b = '', c] = words;
  if (NOT_NAMES.has(a) || NOT_NAMES.has(b)) return false;
  if (c !== undefined) {
    if (PATRONYMIC.test(c) && (isFirst(b) || isFirst(a))) return true;
  }
  return (isFirst(a) && (SURNAME.test(b) || PATRONYMIC.test(b))) || (SURNAME.test(a) && isFirst(b));
}

export function detectNameShapes(text: string, out: PiiCandidate[]): void {
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(text); m; m = CAPITALISED_RUN.exec(text)) {
    // Checked here, not by a lookbehind: a lookbehind at every position is slow.
    if (isLetter(text.charAt(m.index - 1))) continue;
    const words = m[0].toLowerCase().split(' ');
    let start = m.index;
    let end = m.index + m[0].length;
    if (!nameShape(words)) {
      // "Клиент Роман Зайцев": the run may start with a word that is no part of the name.
      if (words.length !== 3 || !nameShape(words.slice(1))) continue;
      start += m[0].indexOf(' ') + 1;
    } else if (words.length === 3 && !PATRONYMIC.test(words[2] ?? '') && !SURNAME.test(words[2] ?? '')) {
      // A third word that is neither patronymic nor surname belongs to the sentence.
      end = m.index + m[0].lastIndexOf(' ');
    }
    const value = text.slice(start, end);
    out.push({ type: 'NAME', start, end, key: normalizeName(value), priority: NAME_SHAPE_PRIORITY });
  }
}
