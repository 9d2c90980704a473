/** One word (or a `%` sign) of a message, with where it sits in the original text. */
export interface Token {
  /** Lower-cased, `ё` folded to `е`, apostrophes dropped (`don't` → `dont`). */
  norm: string;
  start: number;
  end: number;
  /** Index of the sentence (split on `. ! ? …` and line breaks). */
  sentence: number;
  /** Index of the clause (sentences further split on `, ; : — ( )` and quotes). */
  clause: number;
  /** True when the word is written in capitals (two or more letters). */
  caps: boolean;
  /** First three letters of `norm`: the lexicon index key, computed once per word. */
  key3: string;
}

// Hyphens split words on purpose: "сын-подросток", "М-8", "по-человечески" are matched part by part.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|%/gu;
const SENTENCE_CHARS = new Set(['.', '!', '?', '…', '\n']);
const CLAUSE_CHARS = new Set([',', ';', ':', '—', '–', '(', ')', '«', '»', '"', '“', '”']);
// Conjunctions open a new clause too: "заблудились и телефон садится" has two predicates.
const CLAUSE_WORDS = new Set([
  'а',
  'и',
  'но',
  'или',
  'однако',
  'хотя',
  'когда',
  'and',
  'but',
  'or',
  'while',
  'when',
  'because',
]);

const NEEDS_FOLDING = /[ёЁ'’]/;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words have no ё and no apostrophe: skip the two replacements for them.
  return NEEDS_FOLDING.test(word) ? lower.replace(/ё/g, 'е').replace(/['’]/g, '') : lower;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    if (tokens.length > 0) {
      const brk = breakBetween(text, prevEnd, start);
      if (brk === 2) {
        sentence++;
        clause++;
      } else if (brk === 1) clause++;
    }
    const word = m[0];
    const norm = normalizeWord(word);
    // "-25" outdoors is a temperature: emit the word "минус" so patterns can say `минус #`.
    const prev = text[start - 1];
    if ((prev === '-' || prev === '−') && /^\d/.test(norm) && (start < 2 || /\s/.test(text[start - 2]!))) {
      tokens.push({
        norm: 'минус',
        start: start - 1,
        end: start,
        sentence,
        clause,
        caps: false,
        key3: 'мин',
      });
    }
    if (tokens.length > 0 && CLAUSE_WORDS.has(norm) && tokens[tokens.length - 1]!.clause === clause) clause++;
    tokens.push({
      norm,
      start,
      end: start + word.length,
      sentence,
      clause,
      caps: isCaps(word),
      key3: norm.slice(0, 3),
    });
    prevEnd = start + word.length;
  }
  return tokens;
}

/** 2: sentence break, 1: clause break (punctuation or a dash between spaces), 0: none. */
function breakBetween(text: string, from: number, to: number): number {
  let result = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (SENTENCE_CHARS.has(ch)) return 2;
    if (CLAUSE_CHARS.has(ch) || (ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')) result = 1;
  }
  return result;
}

function isCaps(word: string): boolean {
  if (word.length < 2) return false;
  const first = word[0]!;
  if (first === first.toLowerCase()) return false; // the common case, without upper-casing the word
  return word === word.toUpperCase() && word !== word.toLowerCase();
}
