/**
 * Verse analysis for Sufler: is a customer's message verse, what are its lines, syllables,
 * stresses, rhyme scheme and metre, and how well does a candidate verse reply match it.
 *
 * Everything here is synchronous and works without dictionaries (rules only). The side panel
 * should call `loadRussianLexicon()` and `loadEnglishDictionary()` once: both use dynamic imports,
 * so the data stays out of bundles that never call them (the content script in particular —
 * there, import `detectVerse` from `./detectVerse` directly).
 *
 * @module
 */

/** Derives a compact stress entry list from RIFMA accentuation markup. */
export { deriveStressLexicon } from './deriveStressLexicon';
export type { VerseMeter } from './detectMeter';
/** Detects verse in a text and describes its lines, scheme and metre. */
export { detectVerse } from './detectVerse';
/** Installs or reads the English dictionary used by synchronous analysis (tests inject one). */
export { type EnglishDictionary, getEnglishDictionary, setEnglishDictionary } from './englishDictionary';
/** Honest RIFMA evaluation: lexicon from the training part, rhyme F1 and scheme accuracy on the rest. */
export { type EvaluateRifmaOptions, evaluateRifma, type RifmaEvaluation } from './evaluateRifma';
/** Verse detection against a labelled set (tests/fixtures/verse/detection.json). */
export {
  type DetectionEvaluation,
  type DetectionSample,
  evaluateVerseDetection,
} from './evaluateVerseDetection';
/** Loads the CMU Pronouncing Dictionary for English lines (side panel only). */
export { loadEnglishDictionary } from './loadEnglishDictionary';
/** Loads the shipped Russian stress lexicon derived from RIFMA (side panel only). */
export { loadRussianLexicon } from './loadRussianLexicon';
export type { ReplyTarget } from './replyTarget';
export { isHeldOut, RIFMA_CREDIT, type RifmaEntry } from './rifma';
/** Installs or reads the Russian lexicon used by synchronous analysis (tests inject one). */
export { getRussianLexicon, setRussianLexicon } from './russianLexicon';
/** Scores a candidate verse reply against the customer's poem, with defects for a repair request. */
export { scoreVerseReply, type VerseReplyScore } from './scoreVerseReply';
/** Builds a lexicon from its compact entry list, e.g. one derived from part of RIFMA. */
export { parseStressLexicon, type StressLexicon, type StressLexiconFile } from './stressLexicon';
export type { VerseAnalysis, VerseLine, VerseOptions, VerseStanza } from './types';
export type { VerseDefect, VerseDefectKind } from './verseDefects';
