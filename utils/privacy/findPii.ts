import { detectKnown, KNOWN_PRIORITY, type KnownMatcher } from './compileKnown';
import { detectContractCodes } from './detectContractCodes';
import { detectDottedPhones } from './detectDottedPhones';
import { detectEmails } from './detectEmails';
import { detectInitials } from './detectInitials';
import { detectLoneFirstNames } from './detectLoneFirstNames';
import { detectLonePatronymics } from './detectLonePatronymics';
import { detectNamedEntities } from './detectNamedEntities';
import { detectNameShapes } from './detectNameShapes';
import { detectNameSignatures } from './detectNameSignatures';
import { detectNames } from './detectNames';
import { detectNameVariants } from './detectNameVariants';
import { detectNumbers } from './detectNumbers';
import { detectPassports } from './detectPassports';
import { detectQuotedTitles } from './detectQuotedTitles';
import { detectReplyNames } from './detectReplyNames';
import { detectSeparatedIdentifiers } from './detectSeparatedIdentifiers';
import { detectStreets } from './detectStreets';
import { detectTransferSender } from './detectTransferSender';
import { detectWorkAuthors } from './detectWorkAuthors';
import { firstNameBase } from './firstNameBase';
import { LETTER, UPPER } from './letters';
import { mergeNames } from './mergeNames';
import { isAssistantName } from './nameLexicon';
import { normalizeName } from './normalizeName';
import { KEEP, type PiiCandidate, type PiiType } from './piiTypes';
import { PLACEHOLDER } from './placeholderSyntax';

const PLACEHOLDER_PRIORITY = 10;

/** A finding that gets a placeholder. */
export type FoundPii = PiiCandidate & { type: PiiType };

const isPii = (c: PiiCandidate): c is FoundPii => c.type !== KEEP;

// Any script's letters, for the edges of a name only: letters the detectors' classes do not
// list ("Nguyễn") must not leave half a word outside the placeholder.
const ANY_LETTER = /\p{L}/u;
// "Игорь Рашидович Е.", "Иван П.": one initial after a name belongs to it.
const TRAILING_INITIAL = new RegExp(`^[ \u00a0][${UPPER}]\\.(?![${LETTER}])`);

/**
 * A name spans whole words: one ending inside a word runs to the word's end, one starting
 * inside a word is no name (it would be a fragment of an e-mail, a code or a brand).
 */
function alignName(text: string, c: PiiCandidate): PiiCandidate | null {
  if (c.type !== 'NAME' || c.priority === KNOWN_PRIORITY) return c;
  if (ANY_LETTER.test(text.charAt(c.start - 1))) return null;
  // "Колонка не звонит, Алиса пишет …": in a message about a smart speaker the name is the device's.
  if (isAssistantName(firstNameBase(c.key) ?? c.key, text)) return null;
  let end = c.end;
  while (ANY_LETTER.test(text.charAt(end))) end++;
  return end === c.end ? c : { ...c, end, key: normalizeName(text.slice(c.start, end)) };
}

/** Extends each name over one initial written after it, unless another finding starts there. */
function takeTrailingInitials(text: string, found: FoundPii[]): FoundPii[] {
  return found.map((f, i) => {
    if (f.type !== 'NAME' || !TRAILING_INITIAL.test(text.slice(f.end, f.end + 4))) return f;
    const end = f.end + 3;
    if ((found[i + 1]?.start ?? Number.POSITIVE_INFINITY) < end) return f;
    return { ...f, end, key: normalizeName(text.slice(f.start, end)) };
  });
}

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
 * detector (placeholders already present > personal-account numbers > e-mail > known
 * identifiers > passport > numbers > place names > names), then to the longer span: nothing
 * is found inside an e-mail, not even a known name. 8-800 lines, place names and existing
 * placeholders win their spans and are dropped from the result, so nothing inside them is
 * replaced. Names standing side by side are joined into one, with an initial after them.
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
  detectContractCodes(text, found);
  detectDottedPhones(text, found);
  detectSeparatedIdentifiers(text, found);
  detectStreets(text, found);
  detectQuotedTitles(text, found);
  detectWorkAuthors(text, found);
  detectNamedEntities(text, found);
  detectNames(text, found);
  detectNameShapes(text, found);
  detectNameSignatures(text, found);
  detectNameVariants(text, found);
  detectReplyNames(text, found);
  detectInitials(text, found);
  detectLoneFirstNames(text, found);
  detectLonePatronymics(text, found);
  detectTransferSender(text, found);

  const aligned = found.map((c) => alignName(text, c)).filter((c) => c !== null);
  aligned.sort(byStrength);
  const taken: PiiCandidate[] = [];
  for (const c of aligned) {
    const clashes = taken.filter((t) => c.end > t.start && c.start < t.end);
    if (clashes.length === 0) taken.push(c);
    else if (c.type === 'NAME' && clashes.every((t) => t.type === 'NAME')) {
      // "Иван Петров" with only "Иван" known: the known part wins, the surname stays a name.
      taken.push(...nameRemainders(text, c, clashes));
    }
  }
  const merged = mergeNames(
    text,
    taken.filter(isPii).sort((a, b) => a.start - b.start),
  );
  return takeTrailingInitials(text, merged);
}
