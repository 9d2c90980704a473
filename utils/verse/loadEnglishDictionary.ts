import { type EnglishDictionary, getEnglishDictionary, setEnglishDictionary } from './englishDictionary';

/**
 * Loads the CMU Pronouncing Dictionary (about 4.7 MB of JavaScript) and makes synchronous verse
 * analysis use it for English. Call it from the side panel only: the dynamic import keeps the
 * dictionary out of every bundle that never calls this function, the content script above all.
 */
export async function loadEnglishDictionary(): Promise<EnglishDictionary> {
  const loaded = getEnglishDictionary();
  if (loaded) return loaded;
  const { dictionary } = await import('cmu-pronouncing-dictionary');
  setEnglishDictionary(dictionary);
  return dictionary;
}
