import type { JsonPosition } from './scanJson';

export type PackIssueCode =
  | 'too_large'
  | 'not_json'
  | 'too_deep'
  | 'duplicate_key'
  | 'not_object'
  | 'unsupported_format'
  | 'schema'
  | 'duplicate_id'
  | 'language_not_declared'
  | 'changelog_order'
  | 'changelog_version'
  | 'unknown_template_ref'
  | 'unknown_intent'
  | 'duplicate_shortcut'
  | 'malformed_placeholder'
  | 'unclosed_placeholder'
  | 'unknown_variable'
  | 'undeclared_field'
  | 'unused_field'
  | 'duplicate_field'
  | 'markup'
  | 'verse_not_rhymed'
  | 'verse_variable_in_rhyme';

/** One problem found in a pack, with where it is (JSON path, and line when read from text). */
export interface PackIssue extends Partial<JsonPosition> {
  severity: 'error' | 'warning';
  code: PackIssueCode;
  /** `$.templates[3].body` */
  path: string;
  /** A sentence for the reader, in the language validation was asked for. */
  message: string;
}

/** `$.templates[3].body:12:5 error unknown_variable: …` — one line per issue, for the CLI and logs. */
export function formatPackIssue(issue: PackIssue): string {
  const at = issue.line ? `:${issue.line}:${issue.column ?? 1}` : '';
  return `${issue.path}${at} ${issue.severity} ${issue.code}: ${issue.message}`;
}
