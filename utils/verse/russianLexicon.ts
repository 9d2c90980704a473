import type { StressLexicon } from './stressLexicon';

let current: StressLexicon | null = null;

/**
 * The Russian stress lexicon used by synchronous analysis when no lexicon is passed explicitly:
 * null until `loadRussianLexicon()` resolves (or a test installs one), and then rules only.
 */
export function getRussianLexicon(): StressLexicon | null {
  return current;
}

/** Installs (or, with null, removes) the lexicon; tests and evaluation inject their own. */
export function setRussianLexicon(lexicon: StressLexicon | null): void {
  current = lexicon;
}
