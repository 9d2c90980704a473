import type { PiiMapping } from './piiTypes';
import { TAG_SPELLINGS } from './placeholderSyntax';
import { restorePiiReport, restoreTable } from './restorePii';

export interface StreamRestorer {
  /** Restored text that is safe to show now; a possible placeholder at the end is held back. */
  push(chunk: string): string;
  /** Everything still held, restored. Call once when the stream ends. */
  flush(): string;
  /** Placeholders seen so far that had no value (shown as the unknown marker). */
  unknown(): readonly string[];
}

const ENDINGS = [
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ом',
  'ем',
  'ём',
  'ой',
  'ей',
  'ою',
  'ею',
];
const ENDING_PREFIXES = new Set([
  'а',
  'я',
  'у',
  'ю',
  'е',
  'и',
  'ы',
  'ё',
  'о',
  'ам',
  'ям',
  'ах',
  'ях',
  'ым',
  'им',
  'ую',
  'юю',
]);
for (const e of ENDINGS) for (let i = 1; i <= e.length; i++) ENDING_PREFIXES.add(e.slice(0, i));
// Longest placeholder we hold for: "[[ ACCOUNT _ 1234 ]]-ами" is 24 characters.
const MAX_OPEN = 40;
const LETTER = /[A-Za-zА-Яа-яЁё]/;

/**
 * Whether `s` (starting with "[") could still become a placeholder, or is one that a case
 * ending may yet follow. Mirrors `RESTORABLE` in restorePii loosely on the side of holding.
 */
function isOpen(s: string): boolean {
  let i = 1;
  const double = s[i] === '[';
  if (double) i++;
  while (s[i] === ' ' || s[i] === '\t') i++;
  const tagStart = i;
  while (i < s.length && LETTER.test(s.charAt(i))) i++;
  const tag = s.slice(tagStart, i).toLowerCase();
  if (!double && !TAG_SPELLINGS.some((t) => t.startsWith(tag))) return false;
  if (tag.length > 12) return false;
  if (i === s.length) return true;
  if (tag.length === 0) return false;
  if (!double && !TAG_SPELLINGS.includes(tag)) return false;
  while (i < s.length && /[ \t_-]/.test(s.charAt(i))) i++;
  const digitsStart = i;
  while (i < s.length && /\d/.test(s.charAt(i))) i++;
  if (i - digitsStart > 4) return false;
  if (i === s.length) return true;
  if (i === digitsStart) return false;
  while (s[i] === ' ' || s[i] === '\t') i++;
  const closeStart = i;
  while (s[i] === ']' && i - closeStart < 2) i++;
  if (i === s.length) return true;
  if (i === closeStart) return false;
  // Closed: hold only while a case ending may still be arriving.
  if (s[i] === '-') i++;
  const tail = s.slice(i).toLowerCase();
  return tail.length === 0 || ENDING_PREFIXES.has(tail);
}

/** Where the held-back tail starts: the earliest "[" that may open a placeholder, else the end. */
function holdFrom(buf: string): number {
  for (let i = Math.max(0, buf.length - MAX_OPEN); i < buf.length; i++) {
    if (buf[i] === '[' && isOpen(buf.slice(i))) return i;
  }
  return buf.length;
}

/**
 * Restores placeholders in a streamed model answer. Text flows through word by word; only a
 * tail that may be the start of a placeholder (a "[" and what follows) waits for the next chunk.
 */
export function createStreamRestorer(entities: readonly PiiMapping[]): StreamRestorer {
  const table = restoreTable(entities);
  const unknown: string[] = [];
  let held = '';

  function emit(text: string): string {
    if (text.length === 0) return '';
    const report = restorePiiReport(text, table);
    unknown.push(...report.unknown);
    return report.text;
  }

  return {
    push(chunk) {
      const buf = held + chunk;
      const cut = holdFrom(buf);
      held = buf.slice(cut);
      return emit(buf.slice(0, cut));
    },
    flush() {
      const rest = held;
      held = '';
      return emit(rest);
    },
    unknown: () => unknown,
  };
}
