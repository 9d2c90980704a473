export interface PersonName {
  first?: string;
  patronymic?: string;
  last?: string;
}

const PATRONYMIC = /(вич|вна|ична|инична|оглы|кызы)$/i;
// Common Russian surname endings; a first name rarely ends like this ("Святослав" does not).
const SURNAME = /(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ых|их|ко|ук|юк)$/i;
const WORD = /^[\p{L}][\p{L}'’-]*$/u;
// First names that end like surnames.
const FIRST_LIKE = new Set(
  'галина марина ирина алина полина кристина валентина екатерина карина арина регина нина зарина ангелина дина мартин валентин константин вениамин'.split(
    ' ',
  ),
);

function surnameLike(word: string): boolean {
  return SURNAME.test(word) && !FIRST_LIKE.has(word.toLowerCase());
}

/**
 * Splits a name as a CRM shows it into first name, patronymic and surname. CRMs write both
 * «Сергей Викторович Кузнецов» and «Кузнецов Сергей Викторович»; the patronymic's ending and
 * common surname endings tell which word is which. A template greets by the first name, so a
 * wrong guess must be rarer than no guess: unclear cases leave `first` empty (the fallback is used).
 */
export function splitPersonName(full: string | undefined): PersonName {
  const words = (full ?? '')
    .trim()
    .split(/\s+/)
    .filter((w) => WORD.test(w));
  const [a, b, c] = words;
  if (!a) return {};
  if (words.length === 1) return surnameLike(a) && /[а-яё]/i.test(a) ? { last: a } : { first: a };
  if (words.length === 2 && b) {
    if (PATRONYMIC.test(b)) return { first: a, patronymic: b };
    if (surnameLike(a) && !surnameLike(b)) return { first: b, last: a };
    return { first: a, last: b };
  }
  if (b && c) {
    if (PATRONYMIC.test(c)) return { last: a, first: b, patronymic: c };
    if (PATRONYMIC.test(b)) return { first: a, patronymic: b, last: c };
  }
  // Western names with middle names: first word first, last word last.
  return { first: a, last: words[words.length - 1] };
}
