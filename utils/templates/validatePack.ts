import type { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import ru from 'zod/v4/locales/ru.js';
import { DEFAULT_INTENT_RULES } from '../analysis/defaultIntentRules';
import { checkPackReferences } from './checkPackReferences';
import type { Lang } from './ids';
import { jsonPath } from './jsonPath';
import type { PackIssue } from './packIssue';
import { packIssueMessage, translateSchemaMessage } from './packIssueMessages';
import { PACK_FORMAT, type Pack, packSchema } from './packSchema';
import { scanJson } from './scanJson';

export interface ValidateOptions {
  /** Language of the messages (operators read Russian, the CLI prints English by default). */
  lang?: Lang;
  /** Largest accepted text, in characters (default 10 MB). */
  maxChars?: number;
  /** Intent ids a template may refer to besides the pack's own (default: the built-in rules). */
  knownIntents?: Iterable<string>;
}

export type PackValidation =
  | {
      ok: true;
      pack: Pack;
      /** The document exactly as written (the signature is checked over it). */
      raw: Record<string, unknown>;
      warnings: PackIssue[];
    }
  | { ok: false; issues: PackIssue[] };

export const MAX_PACK_CHARS = 10 * 1024 * 1024;
const MAX_DEPTH = 32;
const MAX_ISSUES = 200;
const localeErrors = { ru: ru().localeError, en: en().localeError };

/** zod's messages in this language (pass as `safeParse(value, { error })`). */
export function zodLocale(lang: Lang): z.core.$ZodErrorMap {
  return localeErrors[lang];
}

function zodIssues(error: z.ZodError): { segments: PropertyKey[]; message: string }[] {
  return error.issues.map((issue) => {
    const segments: PropertyKey[] = [...issue.path];
    // Point at the unknown key itself, so the line number lands on the typo.
    if (issue.code === 'unrecognized_keys' && issue.keys[0]) segments.push(issue.keys[0]);
    return { segments, message: issue.message || issue.code };
  });
}

/**
 * Validates a pack object completely: schema, then cross-references. Nothing is installed
 * here; callers install only an `ok` result.
 */
export function validatePackObject(raw: unknown, options: ValidateOptions = {}): PackValidation {
  const lang = options.lang ?? 'en';
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, issues: [issue('not_object', '$', packIssueMessage(lang, 'not_object'))] };
  }
  const format = (raw as { format?: unknown }).format;
  if (typeof format === 'number' && format > PACK_FORMAT) {
    const message = packIssueMessage(lang, 'unsupported_format', format, PACK_FORMAT);
    return { ok: false, issues: [issue('unsupported_format', '$.format', message)] };
  }
  const parsed = packSchema.safeParse(raw, { error: localeErrors[lang] });
  if (!parsed.success) {
    const issues = zodIssues(parsed.error)
      .slice(0, MAX_ISSUES)
      .map((z) => issue('schema', jsonPath(z.segments), translateSchemaMessage(lang, z.message)));
    return { ok: false, issues };
  }
  const known = options.knownIntents ?? DEFAULT_INTENT_RULES.map((r) => r.id);
  const found = checkPackReferences(parsed.data, lang, known).map(
    (r): PackIssue => ({
      severity: r.severity,
      code: r.code,
      path: jsonPath(r.segments),
      message: r.message,
    }),
  );
  const errors = found.filter((i) => i.severity === 'error');
  const warnings = found.filter((i) => i.severity === 'warning');
  if (errors.length > 0) return { ok: false, issues: [...errors, ...warnings].slice(0, MAX_ISSUES) };
  return { ok: true, pack: parsed.data, raw: raw as Record<string, unknown>, warnings };
}

/** The issue for a pack of `size` characters (or bytes, for a file not read yet). */
export function tooLargeIssue(size: number, lang: Lang = 'en', max = MAX_PACK_CHARS): PackIssue {
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return issue('too_large', '$', packIssueMessage(lang, 'too_large', mb(size), mb(max)));
}

function issue(
  code: PackIssue['code'],
  path: string,
  message: string,
  severity: PackIssue['severity'] = 'error',
): PackIssue {
  return { severity, code, path, message };
}

/**
 * Validates a pack file's text: size, JSON syntax (with line and column), nesting depth and
 * repeated keys first, then everything `validatePackObject` checks, with line numbers added to
 * each issue's JSON path.
 */
export function validatePack(text: string, options: ValidateOptions = {}): PackValidation {
  const lang = options.lang ?? 'en';
  const maxChars = options.maxChars ?? MAX_PACK_CHARS;
  if (text.length > maxChars) return { ok: false, issues: [tooLargeIssue(text.length, lang, maxChars)] };
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const scan = scanJson(source, { maxDepth: MAX_DEPTH });
  if (scan.error) {
    const { code, detail, path, line, column } = scan.error;
    const message =
      code === 'syntax'
        ? packIssueMessage(lang, 'not_json', `${detail} (line ${line}, column ${column})`)
        : code === 'too_deep'
          ? packIssueMessage(lang, 'too_deep', detail)
          : packIssueMessage(lang, 'duplicate_key', detail);
    return {
      ok: false,
      issues: [{ ...issue(code === 'syntax' ? 'not_json' : code, path, message), line, column }],
    };
  }
  const result = validatePackObject(JSON.parse(source) as unknown, options);
  const listed = result.ok ? result.warnings : result.issues;
  if (listed.length === 0) return result;
  const wanted = new Set(listed.flatMap((i) => ancestors(i.path)));
  const { positions } = scanJson(source, { maxDepth: MAX_DEPTH, locate: wanted });
  for (const i of listed) {
    // A path the document does not contain (a missing key) is reported at its nearest parent.
    const at = ancestors(i.path)
      .map((p) => positions.get(p))
      .find((p) => p !== undefined);
    if (at) Object.assign(i, at);
  }
  return result;
}

/** `$.a[1].b` → [`$.a[1].b`, `$.a[1]`, `$.a`, `$`]. */
function ancestors(path: string): string[] {
  const out = [path];
  let p = path;
  while (p !== '$') {
    p = p.replace(/(\.[A-Za-z_$][A-Za-z0-9_$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/, '');
    if (p === out[out.length - 1] || p === '') break;
    out.push(p);
  }
  return out;
}
