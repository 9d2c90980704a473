import { stemRussian } from './stemRussian';

const CYRILLIC = /^[а-я]+$/;
/** Notes reuse a small vocabulary, so stems are remembered (bounded, cleared when full). */
const STEM_CACHE_LIMIT = 200_000;
const stems = new Map<string, string>();

/** Words of a text for the search index: letters and digits, lower-cased, «ё» read as «е». */
export function tokenizeForSearch(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * One search term as it is indexed and queried: Russian words are stemmed so that word forms
 * meet («перевода», «переводом» → «перевод»); other words stay as they are. Single letters
 * carry no meaning for a search and are dropped (single digits are kept).
 */
export function normalizeSearchTerm(term: string): string | null {
  const word = term.toLowerCase().replace(/ё/g, 'е');
  if (word.length < 2) return /\d/.test(word) ? word : null;
  if (!CYRILLIC.test(word)) return word;
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stem = stemRussian(word);
    stems.set(word, stem);
  }
  return stem;
}

/** The distinct search terms of a text, in order of first appearance. */
export function searchTermsOf(text: string): string[] {
  const terms = new Set<string>();
  for (const word of tokenizeForSearch(text)) {
    const term = normalizeSearchTerm(word);
    if (term) terms.add(term);
  }
  return [...terms];
}
