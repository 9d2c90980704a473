/** ARPAbet pronunciations by lowercase word, as in the CMU Pronouncing Dictionary. */
export type EnglishDictionary = Readonly<Record<string, string>>;

let current: EnglishDictionary | null = null;

/**
 * The English pronouncing dictionary if it has been loaded (see `loadEnglishDictionary`), else
 * null and English lines fall back to spelling rules.
 */
export function getEnglishDictionary(): EnglishDictionary | null {
  return current;
}

/** Installs (or, with null, removes) the English dictionary; tests pass a small one. */
export function setEnglishDictionary(dictionary: EnglishDictionary | null): void {
  current = dictionary;
}
