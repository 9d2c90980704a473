import type { VerseMeter } from './detectMeter';
import type { DetectedVerse } from './detectVerse';

/** What a verse reply should match, taken from the customer's poem. */
export interface ReplyTarget {
  /** Scheme of one stanza, letters from A ("AABB"); null when the customer's text has no scheme. */
  scheme: string | null;
  /** Lines per stanza. */
  stanzaLines: number;
  /** Expected syllables per stanza position. */
  syllables: number[];
  meter?: VerseMeter;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : Math.round(((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2);
}

function rebase(letters: string): string {
  const map = new Map<string, string>();
  return [...letters]
    .map((c) => map.get(c) ?? map.set(c, String.fromCharCode(65 + map.size)).get(c) ?? c)
    .join('');
}

// The shortest repeating stanza of a scheme (4 preferred): "AABBCC" → "AA", "ABABCDCD" → "ABAB".
function stanzaPattern(letters: string): string {
  const n = letters.length;
  const valid = (p: number) => {
    if (n % p !== 0) return false;
    const first = rebase(letters.slice(0, p));
    for (let c = 0; c < n; c += p) {
      const chunk = letters.slice(c, c + p);
      if (rebase(chunk) !== first) return false;
      // A rhyme must not cross from one stanza into the next.
      if ([...chunk].some((ch) => letters.slice(0, c).includes(ch))) return false;
    }
    return true;
  };
  if (n > 4 && valid(4)) return rebase(letters.slice(0, 4));
  for (let p = 2; p < n; p++) if (valid(p)) return rebase(letters.slice(0, p));
  return rebase(letters);
}

/** The customer poem's stanza scheme, syllables per stanza position and metre. */
export function replyTarget(customer: DetectedVerse): ReplyTarget | null {
  if (!customer.isVerse) return null;
  const { analysed, stanzas } = customer;
  const counted = analysed.prosody.length;
  // Letters per analysed line, unrhymed lines with letters of their own, as in the scheme.
  const firstStanza = stanzas[0];
  const multi = stanzas.length > 1 && stanzas.every((s) => s.length === firstStanza?.length);
  const lineLetters = analysed.groups.map((g, i) => (g >= 0 ? `g${g}` : `u${i}`));
  const alphabet = new Map<string, string>();
  const letters = lineLetters.map(
    (k) => alphabet.get(k) ?? alphabet.set(k, String.fromCharCode(65 + (alphabet.size % 26))).get(k) ?? 'A',
  );
  const scheme = multi
    ? rebase(letters.slice(0, firstStanza?.length ?? counted).join(''))
    : stanzaPattern(letters.join(''));
  const stanzaLines = scheme.length;
  const syllables = Array.from({ length: stanzaLines }, (_, k) =>
    median(analysed.prosody.filter((_, i) => i % stanzaLines === k).map((p) => p.syllables)),
  );
  const target: ReplyTarget = { scheme, stanzaLines, syllables };
  if (customer.meter) target.meter = customer.meter;
  return target;
}
