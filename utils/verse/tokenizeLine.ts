import { COMBINING_ACUTE, isRuVowel } from './letters';
import { numberToEnglish } from './numberToEnglish';
import { numberToRussian } from './numberToRussian';
import { spellAcronym, transliterate } from './transliterate';

export type VerseLanguage = 'ru' | 'en';

/** One pronounced word of a line, already in the script of the line's language. */
export interface PhoneticWord {
  /** Lowercase letters only (Cyrillic for Russian lines, Latin for English ones). */
  form: string;
  lang: VerseLanguage;
  /** Vowel index marked by the writer with a combining acute (´), if any. */
  marked?: number;
  /** Stress on the last syllable is certain (spelled acronyms such as "эм тэ эс"). */
  finalStress?: boolean;
}

const RUN = /\p{Script=Cyrillic}[\p{Script=Cyrillic}\p{M}]*|[a-z][a-z\p{M}'’]*|\d+/giu;
const UPPER_ONLY = /^[\p{Lu}]+$/u;

// Token characters: Latin and Cyrillic letters, digits, combining marks (stress marks). A hand
// loop instead of a Unicode regex: tokenizing is the hottest part of verse analysis.
function isTokenChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x400 && c <= 0x4ff) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

// Splits a line into tokens; an apostrophe between letters stays inside ("don't"). Hyphens split
// tokens on purpose: "кто-то" scans as "кто" + enclitic "то", "Tele2" as "теле" + "два".
function tokens(line: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 0x20;
    const inside =
      isTokenChar(c) || (isApostrophe(c) && start >= 0 && isTokenChar(line.charCodeAt(i + 1) || 0x20));
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      out.push(line.slice(start, i));
      start = -1;
    }
  }
  return out;
}

// Plain lowercase-able Cyrillic (the common case) needs no further splitting.
function isPlainCyrillic(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (!((c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451 || c === 0x301 || c === 0x300))
      return false;
  }
  return true;
}

function cyrillicWord(raw: string): PhoneticWord | null {
  let form = '';
  let marked: number | undefined;
  let vowels = 0;
  for (const ch of raw.toLowerCase()) {
    if (ch === COMBINING_ACUTE) {
      if (vowels > 0) marked = vowels - 1;
      continue;
    }
    if (ch < 'а' || ch > 'я') {
      if (ch !== 'ё') continue;
    }
    if (isRuVowel(ch)) vowels++;
    form += ch;
  }
  if (!form) return null;
  return marked === undefined ? { form, lang: 'ru' } : { form, lang: 'ru', marked };
}

function latinWord(raw: string): PhoneticWord | null {
  const form = raw
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^a-z']/g, '');
  return form ? { form, lang: 'en' } : null;
}

function pushSpelled(out: PhoneticWord[], names: string[], lang: VerseLanguage): void {
  names.forEach((name, i) => {
    out.push(i === names.length - 1 ? { form: name, lang, finalStress: true } : { form: name, lang });
  });
}

/** Splits a line into pronounced words, reading digits, Latin names and acronyms in `lang`. */
export function tokenizeLine(line: string, lang: VerseLanguage): PhoneticWord[] {
  const out: PhoneticWord[] = [];
  for (const token of tokens(line)) {
    if (
      isPlainCyrillic(token) &&
      (token.length > 5 || token !== token.toUpperCase() || /[аеёиоуыэюя]/i.test(token))
    ) {
      const w = cyrillicWord(token);
      if (w) out.push(w);
      continue;
    }
    for (const run of token.match(RUN) ?? []) {
      if (/^\d/.test(run)) {
        const words = lang === 'ru' ? numberToRussian(run) : numberToEnglish(run);
        for (const form of words) out.push({ form, lang });
        continue;
      }
      const isCyrillic = /\p{Script=Cyrillic}/u.test(run);
      const bare = run.replace(/\p{M}/gu, '');
      // Vowelless all-caps tokens (МТС, SMS) are read letter by letter.
      if (
        bare.length >= 2 &&
        bare.length <= 5 &&
        UPPER_ONLY.test(bare) &&
        !/[aeiouyаеёиоуыэюя]/i.test(bare)
      ) {
        const names = spellAcronym(bare);
        if (names) {
          pushSpelled(out, names, lang);
          continue;
        }
      }
      if (isCyrillic) {
        const w = cyrillicWord(run);
        if (w) out.push(w);
      } else if (lang === 'ru') {
        const w = cyrillicWord(transliterate(bare.toLowerCase().replace(/['’]/g, '')));
        if (w) out.push(w);
      } else {
        const w = latinWord(run);
        if (w) out.push(w);
      }
    }
  }
  return out;
}
