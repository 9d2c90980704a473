/** A line of a text with the index of its stanza (stanzas are separated by blank lines). */
export interface SplitLine {
  text: string;
  stanza: number;
}

// Lines with no letter or digit (emoji, "***", dashes) separate stanzas like blank lines do.
const HAS_WORD = /[\p{L}\p{N}]/u;
const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029|\u0085|\v|\f/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

// Cheap check first: most lines have an ASCII or Cyrillic letter or digit near the start.
function hasWord(line: string): boolean {
  for (let i = 0; i < line.length && i < 64; i++) {
    const c = line.charCodeAt(i);
    if (
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x400 && c <= 0x4ff)
    ) {
      return true;
    }
  }
  return HAS_WORD.test(line);
}

// Collapses runs of whitespace only when there are any, which is rare.
function tidy(raw: string): string {
  return /\s\s|[\t\u00a0\u2000-\u200a\u3000]/.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw.trim();
}

/** The lines of a text as typed: any newline convention, blank lines start a new stanza. */
export function splitByNewlines(text: string, maxLines = Number.POSITIVE_INFINITY): SplitLine[] {
  const out: SplitLine[] = [];
  let stanza = 0;
  let gap = false;
  for (const raw of text.replace(INVISIBLE, '').split(LINE_BREAKS)) {
    if (out.length >= maxLines) break;
    const line = tidy(raw);
    if (!hasWord(line)) {
      gap = out.length > 0;
      continue;
    }
    if (gap) stanza++;
    gap = false;
    out.push({ text: line, stanza });
  }
  return out;
}

// Words after which a capital letter is a name, not a new line: "звоню в Сигнал", "пишу на МТС".
const BEFORE_NAME = new Set(
  'в во на из с со к ко о об от до у по за и а но для про при без через под над мой моя мои твой ваш ваша наш наша'.split(
    ' ',
  ),
);
// A line boundary lost in copying: a space (or nothing, after punctuation) before a capital.
const BOUNDARY = /([^\s])(\s+|(?<=[.!?…,;:]))(?=[«"„(]?[\p{Lu}])/gu;
const SLASHES = /\s+\/{1,2}\s+|\s+\|\s+/;
const SHORT_SEGMENT = 3;

function vowelCount(text: string): number {
  return (text.match(/[аеёиоуыэюяaeiouy]/giu) ?? []).length;
}

function splitJoinedLine(line: string): string[] {
  const cuts: number[] = [];
  for (const m of line.matchAll(BOUNDARY)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    const before = line.slice(0, (m.index ?? 0) + 1);
    const prevWord = /([\p{L}]+)[^\p{L}]*$/u.exec(before)?.[1] ?? '';
    const afterSentence = /[.!?…]["»)]?$/.test(before);
    // A name after a preposition or possessive, an acronym or English "I" continues the line.
    if (!afterSentence && BEFORE_NAME.has(prevWord.toLowerCase())) continue;
    const next = line.slice(at);
    if (!afterSentence && (/^[«"„(]?[\p{Lu}]{2,}/u.test(next) || /^I(?:['’]\w+)?\b/.test(next))) continue;
    cuts.push(at);
  }
  const segments: string[] = [];
  let from = 0;
  for (const at of [...cuts, line.length]) {
    const part = line.slice(from, at).trim();
    from = at;
    if (part) segments.push(part);
  }
  // A fragment of one or two syllables is a name or a word like "Я" before a name, not a line:
  // it joins the next fragment, or the previous one when it ends a sentence.
  const parts: string[] = [];
  let carry = '';
  for (const seg of segments) {
    const part = carry ? `${carry} ${seg}` : seg;
    carry = '';
    const last = parts.length - 1;
    if (vowelCount(part) >= SHORT_SEGMENT) parts.push(part);
    else if (/[.!?…,;:—–-]["»)]?$/.test(part) && last >= 0) parts[last] = `${parts[last]} ${part}`;
    else carry = part;
  }
  if (carry) {
    const last = parts.length - 1;
    if (last >= 0) parts[last] = `${parts[last]} ${carry}`;
    else parts.push(carry);
  }
  return parts;
}

/**
 * Recovers the lines of a poem whose line breaks were lost: " / " separators, and a capital letter
 * starting a word after punctuation or after a lowercase word (verse lines start with capitals).
 */
export function splitJoinedLines(lines: readonly SplitLine[]): SplitLine[] {
  const out: SplitLine[] = [];
  for (const { text, stanza } of lines) {
    const bySlash = text.split(SLASHES).filter(hasWord);
    if (bySlash.length > 1) {
      for (const part of bySlash) out.push({ text: part.trim(), stanza });
      continue;
    }
    for (const part of splitJoinedLine(text)) out.push({ text: part, stanza });
  }
  return out;
}
