import { LINE_FIT, meterCost, strongPositions } from './detectMeter';
import { type DetectedVerse, detectVerseDetailed } from './detectVerse';
import { getEnglishDictionary } from './englishDictionary';
import { judgeVerse, verseEvidence } from './judgeVerse';
import { type ReplyTarget, replyTarget } from './replyTarget';
import { bestRhymeScore, RHYME_THRESHOLD } from './rhymeGroups';
import { getRussianLexicon } from './russianLexicon';
import type { VerseLine, VerseOptions } from './types';
import {
  lineCountDefect,
  meterDefect,
  notVerseDefect,
  rhymeDefect,
  syllableDefect,
  type VerseDefect,
} from './verseDefects';

export interface VerseReplyScore {
  /** 0..1: rhyme pairs kept (40 %), syllables per line (25 %), metre (20 %), line count (15 %). */
  score: number;
  defects: VerseDefect[];
  /** The candidate's own scheme. */
  scheme: string | null;
  /** The candidate's lines. */
  lines: VerseLine[];
  /** What the candidate was measured against; null when the customer's text is not verse. */
  target: ReplyTarget | null;
}

const SYLLABLE_TOLERANCE = 1;

// Several candidates are scored against one customer poem: its analysis is kept for the last
// poem, keyed by the text and the dictionaries in use.
interface CustomerCache {
  text: string;
  keys: unknown[];
  verse: DetectedVerse;
}
let lastCustomer: CustomerCache | null = null;

function analyseCustomer(text: string, options: VerseOptions): DetectedVerse {
  const keys = [options.lexicon, options.englishDictionary, getRussianLexicon(), getEnglishDictionary()];
  if (lastCustomer && lastCustomer.text === text && lastCustomer.keys.every((k, i) => k === keys[i])) {
    return lastCustomer.verse;
  }
  const verse = detectVerseDetailed(text, options);
  lastCustomer = { text, keys, verse };
  return verse;
}
const WEIGHTS = { rhyme: 0.4, syllables: 0.25, meter: 0.2, lineCount: 0.15 };
const NOT_VERSE_FACTOR = 0.5;

function lastWord(candidate: DetectedVerse, line: number): string {
  return candidate.analysed.prosody[line]?.endings[0]?.word ?? '';
}

// Rhyme pairs the target scheme asks for, stanza by stanza: each line with the next line of its letter.
function rhymePairs(target: ReplyTarget, lines: number): [number, number][] {
  const scheme = target.scheme ?? '';
  const pairs: [number, number][] = [];
  for (let start = 0; start < lines; start += target.stanzaLines) {
    for (let k = 0; k < scheme.length; k++) {
      const next = scheme.indexOf(scheme[k] ?? '', k + 1);
      if (next > 0 && start + next < lines) pairs.push([start + k, start + next]);
    }
  }
  return pairs;
}

function checkRhymes(candidate: DetectedVerse, target: ReplyTarget, defects: VerseDefect[]): number {
  const prosody = candidate.analysed.prosody;
  const pairs = rhymePairs(target, prosody.length);
  let kept = 0;
  for (const [a, b] of pairs) {
    const wa = lastWord(candidate, a);
    const wb = lastWord(candidate, b);
    const ok =
      wa !== wb && bestRhymeScore(prosody[a]?.endings ?? [], prosody[b]?.endings ?? []) >= RHYME_THRESHOLD;
    if (ok) kept++;
    else defects.push(rhymeDefect(a, b, target.scheme ?? '', wa, wb));
  }
  return pairs.length ? kept / pairs.length : 0;
}

function checkSyllables(candidate: DetectedVerse, target: ReplyTarget, defects: VerseDefect[]): number {
  const prosody = candidate.analysed.prosody;
  let ok = 0;
  prosody.forEach((p, i) => {
    const expected = target.syllables[i % target.stanzaLines] ?? p.syllables;
    if (Math.abs(p.syllables - expected) <= SYLLABLE_TOLERANCE) ok++;
    else defects.push(syllableDefect(i, p.syllables, expected));
  });
  return prosody.length ? ok / prosody.length : 0;
}

function checkMeter(candidate: DetectedVerse, target: ReplyTarget, defects: VerseDefect[]): number {
  const meter = target.meter;
  const prosody = candidate.analysed.prosody;
  if (!meter || prosody.length === 0) return 1;
  let ok = 0;
  prosody.forEach((p, i) => {
    if (meterCost(p.pattern, meter) < LINE_FIT) ok++;
    else {
      const stresses = p.pattern.flatMap((v, k) => (v === 2 ? [k] : []));
      defects.push(meterDefect(i, meter, stresses, strongPositions(meter, p.syllables)));
    }
  });
  return ok / prosody.length;
}

function checkLineCount(lines: number, target: ReplyTarget, defects: VerseDefect[]): number {
  const stanza = target.stanzaLines;
  if (lines >= stanza && lines % stanza === 0) return 1;
  defects.push(lineCountDefect(lines, stanza, target.scheme ?? ''));
  const nearest = Math.max(stanza, Math.round(lines / stanza) * stanza);
  return Math.max(0, 1 - Math.abs(lines - nearest) / stanza);
}

// Without a verse to answer, the candidate is measured against itself: its own scheme, median
// line length and metre.
function selfTarget(candidate: DetectedVerse): ReplyTarget {
  const syllables = candidate.analysed.prosody.map((p) => p.syllables).sort((a, b) => a - b);
  const target: ReplyTarget = {
    scheme: null,
    stanzaLines: 1,
    syllables: [syllables[syllables.length >> 1] ?? 0],
  };
  if (candidate.meter) target.meter = candidate.meter;
  return target;
}

/**
 * Scores a candidate verse reply against the customer's poem: are the rhyme pairs of the
 * customer's scheme kept, does each line have the customer's syllable count (±1), does it keep the
 * metre, and is it made of whole stanzas. Defects name lines (1-based) and the concrete issue, in
 * English and Russian, ready for an LLM repair request and for the operator. The analysis of the
 * last customer poem is reused, so scoring more candidates against it costs one analysis each.
 */
export function scoreVerseReply(
  customerPoem: string,
  candidate: string,
  options: VerseOptions = {},
): VerseReplyScore {
  const customer = analyseCustomer(customerPoem, options);
  const reply = detectVerseDetailed(candidate, options);
  const target = replyTarget(customer);
  const defects: VerseDefect[] = [];
  const lines = reply.analysed.prosody.length;
  const isVerse = reply.isVerse;
  if (!isVerse) defects.push(notVerseDefect(lines));
  const goal = target ?? selfTarget(reply);
  const rhyme = target ? checkRhymes(reply, target, defects) : verseEvidence(reply.analysed).rhymed;
  const syllables = checkSyllables(reply, goal, defects);
  const meter = checkMeter(reply, goal, defects);
  const lineCount = target
    ? checkLineCount(lines, target, defects)
    : judgeVerse(verseEvidence(reply.analysed))
      ? 1
      : 0;
  let score =
    WEIGHTS.rhyme * rhyme +
    WEIGHTS.syllables * syllables +
    WEIGHTS.meter * meter +
    WEIGHTS.lineCount * lineCount;
  if (!isVerse) score *= NOT_VERSE_FACTOR;
  defects.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
    defects,
    scheme: reply.scheme,
    lines: reply.lines,
    target,
  };
}
