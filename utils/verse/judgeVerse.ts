import type { AnalysedVerse } from './analyseVerse';
import { LINE_FIT, meterCost } from './detectMeter';

const MIN_LINES = 4;
/** Median syllables per line: below are lists and one-word lines, above are prose paragraphs. */
const MIN_MEDIAN = 4;
const MAX_MEDIAN = 18;
// Bullets, numbered items, and lines opening with a number or time stamp ("[10:15] Клиент: …").
const LIST_MARKER = /^\s*(?:[-*•–—+>]\s|\d{1,2}[.)]\s|[a-zа-я][.)]\s|[[(]?\d)/iu;
const URL_OR_MAIL = /https?:\/\/|www\.|@[\w-]+\./i;

export interface VerseEvidence {
  lines: number;
  /** Share of lines that rhyme with another line ending in a different word. */
  rhymed: number;
  /** Share of lines within ±3 syllables of the median. */
  regular: number;
  /** Share of lines that fit the detected metre (0 when none). */
  metrical: number;
  repeated: number;
  listLike: number;
  /** Share of lines with digits: schedules, specifications, bills. */
  withDigits: number;
  medianSyllables: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** The measurements verse detection decides on, over the analysed lines. */
export function verseEvidence(v: AnalysedVerse): VerseEvidence {
  const idx = v.prosody.flatMap((p, i) => (p.syllables > 0 ? [i] : []));
  const n = idx.length;
  if (n === 0) {
    return {
      lines: 0,
      rhymed: 0,
      regular: 0,
      metrical: 0,
      repeated: 0,
      listLike: 0,
      withDigits: 0,
      medianSyllables: 0,
    };
  }
  // A line counts as rhymed when its group has a line ending in another word (not a repeat).
  const wordsOfGroup = new Map<number, Set<string>>();
  v.groups.forEach((g, i) => {
    if (g < 0) return;
    const set = wordsOfGroup.get(g) ?? new Set<string>();
    set.add(v.prosody[i]?.endings[0]?.word ?? '');
    wordsOfGroup.set(g, set);
  });
  const rhymed = idx.filter((i) => (wordsOfGroup.get(v.groups[i] ?? -1)?.size ?? 0) > 1).length;
  const syllables = idx.map((i) => v.prosody[i]?.syllables ?? 0);
  const med = median(syllables);
  const texts = idx.map((i) =>
    (v.lines[i]?.text ?? '')
      .toLowerCase()
      .replace(/[^a-zа-яё0-9]+/g, ' ')
      .trim(),
  );
  const seen = new Set<string>();
  let repeated = 0;
  for (const t of texts) {
    if (seen.has(t)) repeated++;
    seen.add(t);
  }
  const listLike = idx.filter((i) => {
    const t = v.lines[i]?.text ?? '';
    return LIST_MARKER.test(t) || URL_OR_MAIL.test(t);
  }).length;
  const withDigits = idx.filter((i) => /\d/.test(v.lines[i]?.text ?? '')).length;
  const meter = v.meter;
  const metrical = meter
    ? idx.filter((i) => meterCost(v.prosody[i]?.pattern ?? [], meter) < LINE_FIT).length
    : 0;
  return {
    lines: n,
    rhymed: rhymed / n,
    regular: syllables.filter((s) => Math.abs(s - med) <= 3).length / n,
    metrical: metrical / n,
    repeated: repeated / n,
    listLike: listLike / n,
    withDigits: withDigits / n,
    medianSyllables: med,
  };
}

/**
 * Verse here means rhymed or strictly metrical text of at least four lines. Free verse (neither
 * rhyme nor metre) is not verse for Sufler: a reply in verse would not fit it. Lists, repeated
 * lines, links and prose whose lines differ widely in length are not verse even if two lines
 * happen to rhyme.
 */
export function judgeVerse(e: VerseEvidence): boolean {
  if (e.lines < MIN_LINES || e.listLike >= 0.34 || e.repeated >= 0.34 || e.withDigits >= 0.5) return false;
  if (e.medianSyllables < MIN_MEDIAN || e.medianSyllables > MAX_MEDIAN) return false;
  const rhymedVerse = e.rhymed >= 0.5 && (e.regular >= 0.75 || e.metrical >= 0.75);
  const blankVerse = e.rhymed < 0.5 && e.metrical >= 0.9 && e.regular === 1 && e.lines >= 6;
  return rhymedVerse || blankVerse;
}
