import { FIRST_NAMES } from './nameLexicon';

// How a declined form maps back to the nominative: strip the ending, add the nominative one.
// Ивана → Иван, Марии → Мария, Ольги → Ольга, Андрея → Андрей, Игоря → Игорь.
const UNDO: ReadonlyArray<[string, readonly string[]]> = [
  ['ами', ['а', 'я']],
  ['ому', ['']],
  ['ом', ['']],
  ['ем', ['й', 'ь']],
  ['ём', ['ь']],
  ['ой', ['а']],
  ['ою', ['а']],
  ['ей', ['я', 'ь']],
  ['ею', ['я']],
  ['а', ['']],
  ['у', ['', 'а']],
  ['е', ['', 'а', 'я', 'й', 'ь']],
  ['ы', ['а']],
  ['и', ['а', 'я', 'ь']],
  ['я', ['й', 'ь']],
  ['ю', ['й', 'ь', 'я']],
];

/** The lexicon's nominative of a first name in any Russian case ("ивану" → "иван"), or undefined. */
export function firstNameBase(lower: string): string | undefined {
  if (FIRST_NAMES.has(lower)) return lower;
  for (const [ending, nominative] of UNDO) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    for (const n of nominative) if (FIRST_NAMES.has(stem + n)) return stem + n;
  }
  return undefined;
}
