import { escapeRegExp } from './escapeRegExp';
import { LETTER } from './letters';
import { normalizeName } from './normalizeName';
import type { PiiCandidate, PiiType } from './piiTypes';
import { russianNameForms } from './russianNameForms';

export interface KnownMatcher {
  re: RegExp;
  type: PiiType;
  key: string;
  base?: string;
}

export const KNOWN_PRIORITY = 5;

const PHONE_CHARS = /^[\d\s()+\-.]+$/;
const NAME_CHARS = new RegExp(`^[${LETTER}][${LETTER}\\s.'-]*$`);
const SEP = '[\\s\\-().\\u00a0]{0,3}';
// No lookbehind for the left edge: a leading lookbehind runs at every position of the text.
// detectKnown checks the character before a hit instead.
const E = `(?![${LETTER}0-9])`;
const WORD_CHAR = new RegExp(`[${LETTER}0-9]`);

function phoneMatcher(raw: string): KnownMatcher | null {
  let digits = raw.replace(/\D/g, '');
  if (digits.length < 10 || digits.length > 15) return null;
  // A Russian number may appear with +7, 7, 8 or no prefix at all; others keep their country code.
  const russian = digits.length === 11 && /^[78]/.test(digits);
  if (russian) digits = digits.slice(1);
  const body = digits.split('').join(SEP);
  // An opening bracket before the code belongs to the number: "(980) 8664135".
  const prefix = russian || digits.length === 10 ? `\\(?(?:(?:\\+\\s?7|8|7)${SEP})?` : `(?:(?:\\+|00)\\s?)?`;
  return {
    re: new RegExp(`${prefix}${body}(?!\\d)`, 'g'),
    type: 'PHONE',
    key: russian || digits.length === 10 ? `7${digits}` : digits,
  };
}

function nameMatchers(raw: string): KnownMatcher[] {
  const words = raw.split(/\s+/).filter((w) => w.length > 0);
  const forms = words.map(russianNameForms);
  const out: KnownMatcher[] = [];
  if (words.length > 1) {
    // The full name in its written order and reversed ("Петров Иван"), then each part alone.
    const alt = `${forms.join('\\s+')}|${[...forms].reverse().join('\\s+')}`;
    out.push({ re: new RegExp(`(?:${alt})${E}`, 'gi'), type: 'NAME', key: normalizeName(raw), base: raw });
  }
  words.forEach((w, i) => {
    // One- and two-letter parts ("Ян", initials) would match ordinary words.
    if (w.replace(/\./g, '').length < 3) return;
    out.push({ re: new RegExp(`${forms[i]}${E}`, 'gi'), type: 'NAME', key: normalizeName(w), base: w });
  });
  return out;
}

// Stateless `redactPii(text, known)` calls repeat the same list for every message of a
// conversation; compiling its regexes once keeps those calls fast.
const cache = new Map<string, KnownMatcher[]>();
const CACHE_SIZE = 32;

/** Matchers for the subscriber's identifiers the CRM shows: phone, e-mail, name, CRM id. */
export function compileKnown(known: readonly string[]): KnownMatcher[] {
  if (known.length === 0) return [];
  const cacheKey = known.join('\u0000');
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const out = compileUncached(known);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  cache.set(cacheKey, out);
  return out;
}

function compileUncached(known: readonly string[]): KnownMatcher[] {
  const out: KnownMatcher[] = [];
  for (const item of known) {
    const raw = item.trim();
    if (raw.length < 3) continue;
    if (raw.includes('@') && !/\s/.test(raw)) {
      out.push({ re: new RegExp(`${escapeRegExp(raw)}${E}`, 'gi'), type: 'EMAIL', key: raw.toLowerCase() });
      continue;
    }
    const phone = PHONE_CHARS.test(raw) ? phoneMatcher(raw) : null;
    if (phone) {
      out.push(phone);
      continue;
    }
    if (NAME_CHARS.test(raw)) {
      out.push(...nameMatchers(raw));
      continue;
    }
    // A CRM id; purely numeric ones shorter than 4 digits would hit amounts and times.
    if (/^\d+$/.test(raw) && raw.length < 4) continue;
    out.push({ re: new RegExp(`${escapeRegExp(raw)}${E}`, 'gi'), type: 'ID', key: raw.toLowerCase() });
  }
  return out;
}

/** Every occurrence of a known identifier, in any case and (for names) in Russian case forms. */
export function detectKnown(text: string, matchers: readonly KnownMatcher[], out: PiiCandidate[]): void {
  for (const m of matchers) {
    m.re.lastIndex = 0;
    for (let hit = m.re.exec(text); hit; hit = m.re.exec(text)) {
      const before = text.charAt(hit.index - 1);
      if (m.type === 'PHONE' ? /[\d+]/.test(before) : WORD_CHAR.test(before)) {
        m.re.lastIndex = hit.index + 1;
        continue;
      }
      // A bracket that does not close inside the number ("(8 916 123-45-67)") stays text.
      const lone = hit[0].startsWith('(') && !hit[0].includes(')');
      const start = lone ? hit.index + 1 : hit.index;
      const value = text.slice(start, hit.index + hit[0].length);
      out.push({
        type: m.type,
        start,
        end: start + value.length,
        key: m.key,
        base: m.base !== undefined && m.base !== value ? m.base : undefined,
        priority: KNOWN_PRIORITY,
      });
    }
  }
}
