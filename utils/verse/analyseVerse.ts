import { analyseLine, type LineProsody, type ProsodyContext } from './analyseLine';
import { detectMeter } from './detectMeter';
import { rhymeGroups, schemeLetters } from './rhymeGroups';
import type { SplitLine } from './splitVerseLines';
import type { VerseLine, VerseMeter, VerseStanza } from './types';

/** Lines analysed in full; a 5,000-line paste is judged by its beginning. */
export const MAX_ANALYSED_LINES = 64;
const CHUNK = 4;

export interface AnalysedVerse {
  scheme: string | null;
  meter?: VerseMeter;
  lines: VerseLine[];
  stanzas: VerseStanza[];
  /** Prosody of the analysed lines (the first MAX_ANALYSED_LINES). */
  prosody: LineProsody[];
  /** Rhyme group per analysed line, -1 when unrhymed. */
  groups: number[];
}

/** Lines longer than this are prose; only their beginning is analysed in full. */
const MAX_LINE_CHARS = 400;
const RU_VOWEL_CODES = new Set([...'аеёиоуыэюяАЕЁИОУЫЭЮЯ'].map((c) => c.charCodeAt(0)));
const LATIN_VOWEL_CODES = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)));

/** Vowel letters (Russian) and vowel groups (Latin): syllables without the full analysis. */
export function quickSyllables(text: string): number {
  let n = 0;
  let inLatin = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (RU_VOWEL_CODES.has(c)) n++;
    const latin = LATIN_VOWEL_CODES.has(c);
    if (latin && !inLatin) n++;
    inLatin = latin;
  }
  return n;
}

function analyseCapped(text: string, ctx: ProsodyContext): LineProsody {
  if (text.length <= MAX_LINE_CHARS) return analyseLine(text, ctx);
  const p = analyseLine(text.slice(0, MAX_LINE_CHARS), ctx);
  p.syllables = quickSyllables(text);
  return p;
}

function stanzaBlocks(lines: readonly SplitLine[]): { start: number; length: number }[] {
  const blocks: { start: number; length: number }[] = [];
  lines.forEach((line, i) => {
    const last = blocks[blocks.length - 1];
    if (last && lines[i - 1]?.stanza === line.stanza) last.length++;
    else blocks.push({ start: i, length: 1 });
  });
  return blocks;
}

function rebased(groups: readonly number[]): string {
  return schemeLetters(groups).join('');
}

// Without blank lines, a poem of quatrains is still reported by its quatrain ("AABB"), provided
// every quatrain has the same scheme and no rhyme crosses from one quatrain to the next.
function repeatedQuatrain(groups: readonly number[]): string | null {
  if (groups.length <= CHUNK || groups.length % CHUNK !== 0) return null;
  const chunkOf = new Map<number, number>();
  let pattern: string | null = null;
  for (let c = 0; c < groups.length; c += CHUNK) {
    const chunk = groups.slice(c, c + CHUNK);
    for (const g of chunk) {
      if (g < 0) continue;
      if ((chunkOf.get(g) ?? c) !== c) return null;
      chunkOf.set(g, c);
    }
    const p = rebased(chunk);
    if (pattern !== null && p !== pattern) return null;
    pattern = p;
  }
  return pattern;
}

function overallScheme(groups: readonly number[], stanzas: readonly VerseStanza[]): string | null {
  if (!groups.some((g) => g >= 0)) return null;
  const patterns = stanzas.map((s) => rebased(groups.slice(s.start, s.start + s.length)));
  if (stanzas.length === 1) return repeatedQuatrain(groups) ?? patterns[0] ?? null;
  return patterns.every((p) => p === patterns[0]) ? (patterns[0] ?? null) : patterns.join(' ');
}

/** Syllables, stresses, rhyme groups, scheme and metre of lines already split into stanzas. */
export function analyseVerse(split: readonly SplitLine[], ctx: ProsodyContext): AnalysedVerse {
  const head = split.slice(0, MAX_ANALYSED_LINES);
  const prosody = head.map((l) => analyseCapped(l.text, ctx));
  const blocks = stanzaBlocks(head);
  const groups: number[] = [];
  let base = 0;
  for (const block of blocks) {
    const local = rhymeGroups(prosody.slice(block.start, block.start + block.length).map((p) => p.endings));
    for (const g of local) groups.push(g < 0 ? -1 : base + g);
    base += block.length;
  }
  const letters = schemeLetters(groups);
  const stanzas: VerseStanza[] = blocks.map((b) => {
    const local = groups.slice(b.start, b.start + b.length);
    return { start: b.start, length: b.length, scheme: local.some((g) => g >= 0) ? rebased(local) : null };
  });
  const lines: VerseLine[] = split.map((l, i) => {
    const p = prosody[i];
    if (!p) return { text: l.text, syllables: quickSyllables(l.text) };
    const stress: number[] = [];
    for (let k = 0; k < p.pattern.length; k++) if (p.pattern[k] === 2) stress.push(k);
    const g = groups[i] ?? -1;
    const letter = letters[i];
    return g >= 0 && letter
      ? { text: l.text, syllables: p.syllables, stress, rhymeGroup: letter }
      : { text: l.text, syllables: p.syllables, stress };
  });
  const meter = detectMeter(prosody.map((p) => p.pattern));
  const scheme = overallScheme(groups, stanzas);
  const result: AnalysedVerse = { scheme, lines, stanzas, prosody, groups };
  if (meter) result.meter = meter;
  return result;
}
