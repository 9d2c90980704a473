/** One RIFMA entry (Koziev 2025, MIT licence): a stanza or poem with stress marks and rhyme scheme. */
export interface RifmaEntry {
  poem_text: string;
  accentuation_markup: string;
  /** Per-stanza letters separated by spaces; "-" marks an unrhymed line ("-A-A", "ABAB ABAB"). */
  rhyme_scheme: string | null;
}

/** RIFMA's attribution, repeated in every file derived from it. */
export const RIFMA_CREDIT =
  'RIFMA dataset by Ilya Koziev (2025), MIT licence; "Automated Evaluation of Meter and Rhyme in ' +
  'Russian Generative and Human-Authored Poetry", arXiv:2502.20931, doi:10.5281/zenodo.15823906';

/**
 * The honest split: every fifth entry (index % 5 == 0) is held out for evaluation, the rest may
 * build a lexicon that is evaluated on it. The shipped lexicon uses all entries.
 */
export function isHeldOut(index: number): boolean {
  return index % 5 === 0;
}
