import { getRussianLexicon, setRussianLexicon } from './russianLexicon';
import { parseStressLexicon, type StressLexicon, type StressLexiconFile } from './stressLexicon';

let loading: Promise<StressLexicon> | null = null;

/**
 * Loads the shipped Russian stress lexicon (derived from RIFMA, about 120 KB gzipped) and makes
 * synchronous verse analysis use it. For the side panel only: the dynamic import keeps the data
 * in its own chunk, out of the content script.
 */
export function loadRussianLexicon(): Promise<StressLexicon> {
  const loaded = getRussianLexicon();
  if (loaded) return Promise.resolve(loaded);
  loading ??= import('./lexicon.ru.json')
    .then((mod) => {
      const lexicon = parseStressLexicon(mod.default as StressLexiconFile);
      setRussianLexicon(lexicon);
      return lexicon;
    })
    .catch((error: unknown) => {
      // Let a later call try again (a chunk can fail to load once).
      loading = null;
      throw error;
    });
  return loading;
}
