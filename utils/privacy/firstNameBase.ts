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

const CONSONANT = /[бвгджзклмнпрстфхцчшщ]/;

/**
 * The stem with its fleeting vowel back: Лев → Льва (льв → лев), Павел → Павла (павл → павел).
 * Undefined when the stem cannot have lost one.
 */
function fleetingVowel(stem: string): string | undefined {
  const last = stem.charAt(stem.length - 1);
  const before = stem.charAt(stem.length - 2);
  if (!CONSONANT.test(last)) return undefined;
  if (before === 'ь') return `${stem.slice(0, -2)}е${last}`;
  if (CONSONANT.test(before)) return `${stem.slice(0, -1)}е${last}`;
  return undefined;
}

// Every capitalised word of a message is looked up, by several detectors: remember the answers.
const memo = new Map<string, string | null>();
const MEMO_SIZE = 4096;

/** The lexicon's nominative of a first name in any Russian case ("ивану" → "иван"), or undefined. */
export function firstNameBase(lower: string): string | undefined {
  if (FIRST_NAMES.has(lower)) return lower;
  const hit = memo.get(lower);
  if (hit !== undefined) return hit ?? undefined;
  const base = findBase(lower);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(lower, base ?? null);
  return base;
}

function findBase(lower: string): string | undefined {
  for (const [ending, nominative] of UNDO) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    for (const n of nominative) if (FIRST_NAMES.has(stem + n)) return stem + n;
    // Only the endings of masculine consonant stems ("Льва", "Павлу", "Львом") drop a vowel.
    const full = nominative.includes('') ? fleetingVowel(stem) : undefined;
    if (full !== undefined && FIRST_NAMES.has(full)) return full;
  }
  return undefined;
}
