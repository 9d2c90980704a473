import { analyseVerse } from './analyseVerse';
import { deriveStressLexicon } from './deriveStressLexicon';
import { schemeLetters } from './rhymeGroups';
import { isHeldOut, type RifmaEntry } from './rifma';
import { splitByNewlines } from './splitVerseLines';
import { parseStressLexicon, type StressLexicon } from './stressLexicon';

export interface RifmaEvaluation {
  /** Rhyme-pair F1 over all held-out stanzas, lexicon derived from the training part only. */
  rhymeF1: number;
  /** Exact scheme accuracy on held-out single quatrains. */
  schemeAccuracy: number;
  /** The same two without any stress lexicon (rules only): the baseline. */
  heuristicRhymeF1: number;
  heuristicSchemeAccuracy: number;
  rhymePrecision: number;
  rhymeRecall: number;
  heldOutEntries: number;
  quatrains: number;
}

export interface EvaluateRifmaOptions {
  /** All RIFMA entries, in dataset order (the split is by index). */
  entries: readonly RifmaEntry[];
  /** Lexicon to evaluate with; default: derived from the training part of `entries`. */
  lexicon?: StressLexicon;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  quatrains: number;
  quatrainsRight: number;
}

// RIFMA marks unrhymed lines "-" and restarts letters in every stanza; compare in conventional
// letters (unrhymed lines get letters of their own), which is how Sufler reports schemes.
function conventional(gold: string): string {
  const map = new Map<string, string>();
  let n = 0;
  return [...gold]
    .map((c) => {
      if (c === '-') return String.fromCharCode(65 + n++);
      const known = map.get(c);
      if (known) return known;
      const l = String.fromCharCode(65 + n++);
      map.set(c, l);
      return l;
    })
    .join('');
}

function tallyEntry(entry: RifmaEntry, lexicon: StressLexicon | null, t: Tally): void {
  const split = splitByNewlines(entry.poem_text.replace(/\u0300/g, ''));
  const gold = (entry.rhyme_scheme ?? '').split(' ');
  const { groups } = analyseVerse(split, { lang: 'ru', lexicon, english: null });
  let start = 0;
  for (const stanza of gold) {
    // Pairs count within a stanza: RIFMA's letters restart in every stanza.
    for (let a = 0; a < stanza.length; a++) {
      for (let b = a + 1; b < stanza.length; b++) {
        const isGold = stanza[a] !== '-' && stanza[a] === stanza[b];
        const ga = groups[start + a] ?? -1;
        const predicted = ga >= 0 && ga === (groups[start + b] ?? -1);
        if (isGold && predicted) t.tp++;
        else if (predicted) t.fp++;
        else if (isGold) t.fn++;
      }
    }
    start += stanza.length;
  }
  if (gold.length === 1 && gold[0]?.length === 4 && split.length === 4) {
    t.quatrains++;
    if (schemeLetters(groups).join('') === conventional(gold[0])) t.quatrainsRight++;
  }
}

function run(entries: readonly RifmaEntry[], lexicon: StressLexicon | null): Tally {
  const t: Tally = { tp: 0, fp: 0, fn: 0, quatrains: 0, quatrainsRight: 0 };
  entries.forEach((entry, i) => {
    if (isHeldOut(i)) tallyEntry(entry, lexicon, t);
  });
  return t;
}

function f1(t: Tally): { f1: number; precision: number; recall: number } {
  const precision = t.tp / Math.max(1, t.tp + t.fp);
  const recall = t.tp / Math.max(1, t.tp + t.fn);
  return {
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    precision,
    recall,
  };
}

/**
 * Honest evaluation on RIFMA: the lexicon comes from the training entries (index % 5 != 0) and
 * rhyme groups are measured on the held-out ones (index % 5 == 0) against the annotated schemes,
 * with and without the lexicon.
 */
export function evaluateRifma(opts: EvaluateRifmaOptions): RifmaEvaluation {
  const lexicon =
    opts.lexicon ??
    parseStressLexicon({
      entries: deriveStressLexicon(
        opts.entries.filter((_, i) => !isHeldOut(i)).map((e) => e.accentuation_markup),
      ),
    });
  const withLexicon = run(opts.entries, lexicon);
  const rulesOnly = run(opts.entries, null);
  const main = f1(withLexicon);
  return {
    rhymeF1: main.f1,
    schemeAccuracy: withLexicon.quatrainsRight / Math.max(1, withLexicon.quatrains),
    heuristicRhymeF1: f1(rulesOnly).f1,
    heuristicSchemeAccuracy: rulesOnly.quatrainsRight / Math.max(1, rulesOnly.quatrains),
    rhymePrecision: main.precision,
    rhymeRecall: main.recall,
    heldOutEntries: opts.entries.filter((_, i) => isHeldOut(i)).length,
    quatrains: withLexicon.quatrains,
  };
}
