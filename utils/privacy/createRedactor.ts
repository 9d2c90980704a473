import { compileKnown, type KnownMatcher } from './compileKnown';
import { findPii } from './findPii';
import type { PiiEntity, PiiMapping, PiiType, RedactResult } from './piiTypes';
import { formatPlaceholder, PLACEHOLDER } from './placeholderSyntax';

export interface RedactorOptions {
  /** The subscriber's identifiers the CRM shows (phone in any format, e-mail, name, CRM id). */
  known?: readonly string[];
}

/** One conversation's redaction session: a value keeps its placeholder across messages. */
export interface Redactor {
  /** Replaces personal data in `text`; `known` adds identifiers for this and later calls. */
  redact(text: string, known?: readonly string[]): RedactResult;
  /** Every placeholder issued so far with the value it stands for, for `restorePii`. */
  mappings(): PiiMapping[];
}

/**
 * Starts a session. Placeholders that already stand in a message but were not issued here
 * (a customer typing "[[PHONE_1]]", or text redacted before) are left alone and their
 * numbers are never issued, so a model echoing them cannot restore somebody's data.
 */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  let knownList: readonly string[] = options.known ?? [];
  let matchers: KnownMatcher[] = compileKnown(knownList);
  const byKey = new Map<string, PiiMapping>();
  const issued = new Map<string, PiiMapping>();
  const reserved = new Set<string>();
  const counters = new Map<PiiType, number>();

  function placeholderFor(type: PiiType, key: string, value: string, base: string | undefined): PiiMapping {
    const mapKey = `${type}:${key}`;
    const existing = byKey.get(mapKey);
    if (existing) return existing;
    let n = counters.get(type) ?? 0;
    let placeholder: string;
    do {
      n += 1;
      placeholder = formatPlaceholder(type, n);
    } while (reserved.has(placeholder));
    counters.set(type, n);
    const mapping: PiiMapping =
      base === undefined ? { type, placeholder, value } : { type, placeholder, value, base };
    byKey.set(mapKey, mapping);
    issued.set(placeholder, mapping);
    return mapping;
  }

  function redact(text: string, known?: readonly string[]): RedactResult {
    if (known && known.length > 0) {
      knownList = [...knownList, ...known.filter((k) => !knownList.includes(k))];
      matchers = compileKnown(knownList);
    }
    PLACEHOLDER.lastIndex = 0;
    for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
      if (!issued.has(m[0])) reserved.add(m[0]);
    }
    const entities: PiiEntity[] = [];
    let out = '';
    let at = 0;
    for (const c of findPii(text, matchers)) {
      const value = text.slice(c.start, c.end);
      const mapping = placeholderFor(c.type, c.key, value, c.base);
      const entity: PiiEntity = {
        type: c.type,
        start: c.start,
        end: c.end,
        value,
        placeholder: mapping.placeholder,
      };
      if (c.base !== undefined) entity.base = c.base;
      entities.push(entity);
      out += text.slice(at, c.start) + mapping.placeholder;
      at = c.end;
    }
    return { text: out + text.slice(at), entities };
  }

  return { redact, mappings: () => [...issued.values()] };
}
