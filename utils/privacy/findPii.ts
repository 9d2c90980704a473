import type { KnownMatcher } from './compileKnown';
import { detectKnown } from './compileKnown';
import { detectDottedPhones } from './detectDottedPhones';
import { detectEmails } from './detectEmails';
import { detectInitials } from './detectInitials';
import { detectNameShapes } from './detectNameShapes';
import { detectNameSignatures } from './detectNameSignatures';
import { detectNames } from './detectNames';
import { detectNumbers } from './detectNumbers';
import { detectPassports } from './detectPassports';
import { detectStreets } from './detectStreets';
import { mergeNames } from './mergeNames';
import { normalizeName } from './normalizeName';
import { KEEP, type PiiCandidate, type PiiType } from './piiTypes';
import { PLACEHOLDER } from './placeholderSyntax';

const PLACEHOLDER_PRIORITY = 10;

/** A finding that gets a placeholder. */
export type FoundPii = PiiCandidate & { type: PiiType };

const isPii = (c: PiiCandidate): c is FoundPii => c.type !== KEEP;

function byStrength(a: PiiCandidate, b: PiiCandidate): number {
  return b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/** The words of name candidate `c` that no stronger name finding in `clashes` covers. */
function nameRemainders(text: string, c: PiiCandidate, clashes: readonly PiiCandidate[]): PiiCandidate[] {
  const pieces: PiiCandidate[] = [];
  let at = c.start;
  const cuts = [...clashes].sort((a, b) => a.start - b.start);
  for (const t of [...cuts, { start: c.end, end: c.end }]) {
    let start = at;
    let end = Math.min(t.start, c.end);
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    if (end > start) pieces.push({ ...c, start, end, key: normalizeName(text.slice(start, end)) });
    at = Math.max(at, t.end);
  }
  return pieces;
}

/**
 * All personal data in `text`, non-overlapping, in text order. Overlaps go to the stronger
 * detector (placeholders already present > known identifiers > e-mail, passport > numbers >
 * place names > names), then to the longer span. 8-800 lines, place names and existing
 * placeholders win their spans and are dropped from the result, so nothing inside them is
 * replaced. Names standing side by side are joined into one.
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
  detectDottedPhones(text, found);
  detectStreets(text, found);
  detectNames(text, found);
  detectNameShapes(text, found);
  detectNameSignatures(text, found);
  detectInitials(text, found);
  if (found.length < 2) return found.filter(isPii);

  found.sort(byStrength);
  const taken: PiiCandidate[] = [];
  for (const c of found) {
    const clashes = taken.filter((t) => c.end > t.start && c.start < t.end);
    if (clashes.length === 0) taken.push(c);
    else if (c.type === 'NAME' && clashes.every((t) => t.type === 'NAME')) {
      // "Иван Петров" with only "Иван" known: the known part wins, the surname stays a name.
      taken.push(...nameRemainders(text, c, clashes));
    }
  }
  return mergeNames(
    text,
    taken.filter(isPii).sort((a, b) => a.start - b.start),
  );
}
