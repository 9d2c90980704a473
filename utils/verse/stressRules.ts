import { countRuVowels } from './letters';

/** Words that are unstressed in the flow of a line (prepositions, conjunctions, particles). */
export const CLITICS = new Set(
  (
    'а без бы б в во да для до же ж за и из изо иль или к ко ли ль лишь на над надо не ни но ну о об обо ' +
    'от ото по под подо пред при про с со то у уж хоть чем чтоб чтобы через перед если будто словно как ' +
    'что ведь вот'
  ).split(' '),
);

/** Unstressed words that lean on the word before them, so a line-final "ли" does not carry the rhyme. */
export const ENCLITICS = new Set(['ли', 'ль', 'же', 'ж', 'бы', 'б', 'ка', 'то', 'де', 'с', 'таки']);

// Productive suffixes whose stress is stable, as [suffix, stressed vowel counted from the end].
const SUFFIX_RULES: [string, number][] = [
  ['ировать', 3],
  ['ировал', 2],
  ['ировала', 3],
  ['ировали', 3],
  ['ирует', 3],
  ['ируют', 3],
  ['ирую', 3],
  ['ывать', 3],
  ['ивать', 3],
  ['ывает', 3],
  ['ивает', 3],
  ['ческий', 3],
  ['ческая', 4],
  ['ческое', 4],
  ['ческих', 3],
  ['ением', 3],
  ['ение', 3],
  ['ения', 3],
  ['ению', 3],
  ['ений', 2],
  ['анием', 3],
  ['ание', 3],
  ['ания', 3],
  ['анию', 3],
  ['аний', 2],
  ['ацией', 3],
  ['ация', 3],
  ['ации', 3],
  ['ацию', 3],
  ['аций', 2],
  ['ость', 2],
  ['ости', 3],
  ['остью', 3],
  ['тель', 2],
  ['теля', 3],
  ['телю', 3],
  ['телем', 3],
  ['тели', 3],
  ['телей', 3],
  ['ист', 1],
  ['иста', 2],
  ['изм', 1],
  ['ировка', 3],
  ['ился', 2],
  ['илась', 2],
  ['ились', 2],
  ['ается', 3],
  ['яется', 3],
  ['ешь', 2],
  ['ишь', 2],
];

/**
 * Stress of a word nobody listed, by rule: ё is always stressed, stable suffixes, otherwise the
 * penultimate vowel (the most common position in Russian). Returns a 0-based vowel index.
 */
export function ruleStress(word: string): { stress: number; source: 'yo' | 'rule' | 'default' } {
  const vowels = countRuVowels(word);
  const yo = word.indexOf('ё');
  if (yo >= 0) return { stress: countRuVowels(word.slice(0, yo)), source: 'yo' };
  for (const [suffix, fromEnd] of SUFFIX_RULES) {
    if (word.endsWith(suffix) && vowels >= fromEnd && word.length > suffix.length) {
      return { stress: vowels - fromEnd, source: 'rule' };
    }
  }
  return { stress: Math.max(0, vowels - 2), source: 'default' };
}
