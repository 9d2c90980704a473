import { isLetter, LETTER, LOWER, UPPER } from './letters';
import { FIRST_NAMES, NOT_NAMES } from './nameLexicon';
import { normalizeName } from './normalizeName';
import type { PiiCandidate } from './piiTypes';

// Strong cues introduce a name outright; any capitalised word after them is taken.
const STRONG = [
  'меня зовут',
  'меня звать',
  'зовут',
  'мо[её] имя',
  'имя',
  'моя фамилия',
  'фамилия',
  'ф\\.\\s?и\\.\\s?о\\.?',
  'фио',
  'с вами говорит',
  'вас беспокоит',
  'на имя',
  'с уважением',
  'владел(?:ец|ица)',
  'получатель',
  'держатель',
  'my name is',
  "my name's",
  'full name',
  'name',
  'call me',
  'regards',
];
// Weak cues ("это Мария", "I'm John", "Здравствуйте, Ольга") only count before a known first name.
const WEAK = [
  'это',
  'я',
  'this is',
  "i'm",
  'i am',
  'здравствуйте',
  'добрый день',
  'добрый вечер',
  'доброе утро',
  'привет',
  'уважаемая',
  'уважаемый',
  'hello',
  'hi',
  'dear',
  'спасибо',
  'thanks',
  'thank you',
  // Relatives and roles: "моя жена Ольга", "абонент Роман Зайцев".
  'жена',
  'муж',
  'сын',
  'дочь',
  'дочка',
  'мама',
  'папа',
  'брат',
  'сестра',
  'друг',
  'подруга',
  'девушка',
  'парень',
  'бабушка',
  'дедушка',
  'коллега',
  'абонент',
  'абонентка',
  'клиент',
  'клиентка',
];
const CUE = new RegExp(
  `(?:(${STRONG.join('|')})|(${WEAK.join('|')}))(?![${LETTER}])[\\s:,\\-–—«"']{0,4}`,
  'gi',
);
const WORD = new RegExp(
  `[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?|[${UPPER}]{2,}(?:-[${UPPER}]{2,})?|[${UPPER}]\\.(?: ?[${UPPER}]\\.)?|[${LOWER}]+`,
  'y',
);
// Surnames and patronymics written in lower case ("петров иван сергеевич") after a strong cue.
const SURNAME_SHAPE =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|цкий|цкая|ович|евич|овна|евна|ична|инична)$/;
const MAX_WORDS = 3;

export const NAME_PRIORITY = 2;

function acceptWord(word: string, index: number, strong: boolean): boolean {
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower)) return false;
  if (word.endsWith('.')) return index > 0; // initials follow a name, never start one
  const capital = word[0] !== lower[0];
  if (index === 0 && !strong) return capital && FIRST_NAMES.has(lower);
  if (capital) return true;
  return strong && (FIRST_NAMES.has(lower) || SURNAME_SHAPE.test(lower));
}

/** Names the customer introduces: "меня зовут Иван Петров", "Ф.И.О.: …", "My name is John Smith". */
export function detectNames(text: string, out: PiiCandidate[]): void {
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    // The cue must start a word ("это", not "поэто…"); checked here, a lookbehind is slow.
    if (isLetter(text.charAt(m.index - 1))) continue;
    const strong = m[1] !== undefined;
    let pos = m.index + m[0].length;
    const start = pos;
    let end = pos;
    for (let i = 0; i < MAX_WORDS; i++) {
      WORD.lastIndex = pos;
      const w = WORD.exec(text);
      if (!w || !acceptWord(w[0], i, strong)) break;
      end = pos + w[0].length;
      // Words of one name are separated by a single space.
      if (text[end] !== ' ') break;
      pos = end + 1;
    }
    if (end > start) {
      const value = text.slice(start, end);
      out.push({ type: 'NAME', start, end, key: normalizeName(value), priority: NAME_PRIORITY });
      CUE.lastIndex = end;
    }
  }
}
