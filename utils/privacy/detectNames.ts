import { CAPITALISED, LATIN_WORD, LOWER, UPPER } from './letters';
import { CUE, RELATIVE } from './nameCues';
import { NOT_NAMES, WORD_NAMES } from './nameLexicon';
import { isFirstName, LOWER_SURNAME, STRICT_PATRONYMIC, SURNAME } from './nameWords';
import { normalizeName } from './normalizeName';
import type { PiiCandidate } from './piiTypes';

const WORD = new RegExp(
  `${CAPITALISED}|[${UPPER}]{2,}(?:-[${UPPER}]{2,})?|[${UPPER}]\\.(?: ?[${UPPER}]\\.)?|[${LOWER}]+`,
  'y',
);
const MAX_WORDS = 3;
const CYRILLIC = /^[а-яё]/;
const PROPER = new RegExp(`^[${UPPER}][${LOWER}]`);

export const NAME_PRIORITY = 2;

type Strength = 'strong' | 'weak' | 'header' | 'capital';

interface Word {
  text: string;
  lower: string;
  capital: boolean;
  end: number;
}

/** Up to three words after `pos`, each separated from the next by a single space. */
function wordsAt(text: string, pos: number): Word[] {
  const words: Word[] = [];
  while (words.length < MAX_WORDS) {
    WORD.lastIndex = pos;
    const w = WORD.exec(text)?.[0];
    if (!w) break;
    const lower = w.toLowerCase();
    words.push({ text: w, lower, capital: w[0] !== lower[0], end: pos + w.length });
    pos += w.length;
    if (text[pos] !== ' ') break;
    pos += 1;
  }
  return words;
}

/** A lower-case word shaped like a surname or a full patronymic. */
const surnameLike = (w: string) => LOWER_SURNAME.test(w) || STRICT_PATRONYMIC.test(w);
const plainFirst = (w: string) => isFirstName(w) && !WORD_NAMES.has(w);

/** After a strong cue: capitalised words, initials, and lower-case words shaped like names. */
function acceptStrong(w: Word, index: number): boolean {
  if (NOT_NAMES.has(w.lower)) return false;
  if (w.text.endsWith('.')) return index > 0; // initials follow a name, never start one
  if (w.capital) return true;
  // Lower case: "меня зовут вера жукова" is a name, "the name will be" is not.
  const first = isFirstName(w.lower) && (CYRILLIC.test(w.lower) || !WORD_NAMES.has(w.lower));
  return first || surnameLike(w.lower);
}

/** How many of `words` a weak cue makes a name: a known first name, or a first name + surname pair. */
function weakCount(words: readonly Word[], english: boolean, relative: boolean): number {
  const [a, b, c] = words;
  if (!a || NOT_NAMES.has(a.lower) || a.text.endsWith('.')) return 0;
  // "номер на брата, ильнура": after a relative a lower-case first name is the relative's name.
  if (
    relative &&
    !a.capital &&
    CYRILLIC.test(a.lower) &&
    plainFirst(a.lower) &&
    !surnameLike(b?.lower ?? '')
  ) {
    return 1;
  }
  const tail = (from: number) => {
    let n = from;
    for (const w of words.slice(from)) {
      if (NOT_NAMES.has(w.lower) || !(w.capital === a.capital || w.text.endsWith('.'))) break;
      if (!w.capital && !surnameLike(w.lower)) break;
      n++;
    }
    return n;
  };
  if (a.capital && isFirstName(a.lower)) return tail(1);
  if (!b || NOT_NAMES.has(b.lower)) return 0;
  // "я Тарас Ткаченко": a capitalised word (not an abbreviation like "ИП") before a surname.
  const pair = b.capital && (SURNAME.test(b.lower) || STRICT_PATRONYMIC.test(b.lower));
  if (a.capital && PROPER.test(a.text) && pair) return tail(2);
  // "звонил Ким Сергей Алексеевич": a surname of no telling shape, then a known first name.
  if (a.capital && PROPER.test(a.text) && b.capital && isFirstName(b.lower)) return tail(2);
  // "I'm Lena Fischer": English capitalises only proper nouns, so two capitalised Latin words.
  const latin = LATIN_WORD.test(a.lower) && LATIN_WORD.test(b.lower);
  if (english && latin && PROPER.test(a.text) && PROPER.test(b.text)) {
    return tail(2);
  }
  // Lower-case text ("пишет ковальчук олеся"): only a whole name shape counts.
  if (!a.capital && !b.capital) {
    const lowerPair =
      (plainFirst(a.lower) && surnameLike(b.lower)) || (LOWER_SURNAME.test(a.lower) && plainFirst(b.lower));
    if (!lowerPair) return 0;
    return c && !c.capital && STRICT_PATRONYMIC.test(c.lower) ? 3 : 2;
  }
  return 0;
}

function nameLength(words: readonly Word[], strength: Strength, cue: string): number {
  if (strength === 'weak') return weakCount(words, LATIN_WORD.test(cue.toLowerCase()), RELATIVE.test(cue));
  let n = 0;
  while (n < words.length && acceptStrong(words[n] as Word, n)) n++;
  if (strength === 'strong') return n;
  // Headers and capital-only cues: the capitalised words (and initials) at the front.
  let k = 0;
  while (k < n && ((words[k] as Word).capital || (words[k] as Word).text.endsWith('.'))) k++;
  return strength === 'header' && k < n ? 0 : k;
}

// "Mr", "Ms", "Dr" are titles only written with their capital: "MS Office", "dr." in a list are not.
const TITLE = /^(?:mrs?|ms|dr)\.?$/i;
const TITLE_CASE = /^[MD][a-z]*\.?$/;

/** Whether the text after a name ends a header field: "От: Роман Мельник <roman@…>", or the line ends. */
const FIELD_END = /^[ \t]*(?:<|\r?\n|$)/;

function headerClosed(text: string, cueEnd: number, start: number, end: number): boolean {
  if (text[end] === ':') return true;
  return text.slice(cueEnd, start).includes(':') && FIELD_END.test(text.slice(end, end + 3));
}

function strengthOf(m: RegExpExecArray): Strength {
  if (m[2] !== undefined) return 'strong';
  if (m[3] !== undefined) return 'weak';
  return m[4] !== undefined ? 'header' : 'capital';
}

/**
 * Names the customer introduces: "меня зовут Иван Петров", "Ф.И.О.: …", "My name is John Smith",
 * "это Ержан", "я Тарас Ткаченко", "с подругой Розой", "От Петросян Карине: …".
 */
export function detectNames(text: string, out: PiiCandidate[]): void {
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const cue = m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const cueEnd = m.index + (m[1] ?? '').length + cue.length;
    const strength = strengthOf(m);
    const start = m.index + m[0].length;
    const words = wordsAt(text, start);
    const n = TITLE.test(cue) && !TITLE_CASE.test(cue) ? 0 : nameLength(words, strength, cue);
    const last = words[n - 1];
    if (!last || (strength === 'header' && !headerClosed(text, cueEnd, start, last.end))) {
      // The separator after this cue may be the character before the next one ("это я …").
      CUE.lastIndex = cueEnd;
      continue;
    }
    out.push({
      type: 'NAME',
      start,
      end: last.end,
      key: normalizeName(text.slice(start, last.end)),
      priority: NAME_PRIORITY,
    });
    CUE.lastIndex = last.end;
  }
}
