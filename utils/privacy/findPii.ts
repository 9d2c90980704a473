import type { KnownMatcher } from './compileKnown';
import { detectKnown } from './compileKnown';
import { detectEmails } from './detectEmails';
import { detectNameShapes } from './detectNameShapes';
import { detectNames } from './detectNames';
import { detectNumbers } from './detectNumbers';
import { detectPassports } from './detectPassports';
import { KEEP, type PiiCandidate, type PiiType } from './piiTypes';
import { PLACEHOLDER } from './placeholderSyntax';

const PLACEHOLDER_PRIORITY = 10;

/** A finding that gets a placeholder. */
export type FoundPii = PiiCandidate & { type: PiiType };

const isPii = (c: PiiCandidate): c is FoundPii => c.type !== KEEP;

function byStrength(a: PiiCandidate, b: PiiCandidate): number {
  return b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/**
 * All personal data in `text`, non-overlapping, in text order. Overlaps go to the stronger
 * detector (placeholders already present > known identifiers > e-mail, passport > numbers >
 * names), then to the longer span. 8-800 lines and existing placeholders win their spans and
 * are dropped from the result, so nothing inside them is replaced.
 */
export function findPii(text: string, known: readonly KnownMatcher[]): FoundPii[] {
  const found: PiiCandidate[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const end = m.index + m[0].length;
    found.push({ type: KEEP, start: m.index, end, key: '', priority: PLACEHOLDER_PRIORITY });
  }
  detectKnown(text, known, found);
  detectEmails(text, found);
  detectPassports(text, found);
  detectNumbers(text, found);
  detectNames(text, found);
  detectNameShapes(text, found);
  if (found.length < 2) return found.filter(isPii);

  found.sort(byStrength);
  const taken: PiiCandidate[] = [];
  for (const c of found) {
    if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
  }
  return taken.filter(isPii).sort((a, b) => a.start - b.start);
}
