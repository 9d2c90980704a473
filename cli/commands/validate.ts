import { type Lang, type PackIssue, validatePack } from '../../utils/templates/index';
import type { CliIo, ExitCode } from '../io';

/** `pack.json:12:5: error unknown_variable at $.templates[3].body: …` (editors jump to file:line:col). */
export function issueLine(file: string, issue: PackIssue): string {
  return `${file}:${issue.line ?? 1}:${issue.column ?? 1}: ${issue.severity} ${issue.code} at ${issue.path}: ${issue.message}`;
}

/** `validate <pack.json>`: every problem with its JSON path and line; exit 1 if any is an error. */
export function validateCommand(io: CliIo, path: string, options: { lang: Lang; json: boolean }): ExitCode {
  const result = validatePack(io.readText(path), { lang: options.lang });
  const issues = result.ok ? result.warnings : result.issues;
  if (options.json) {
    io.out(JSON.stringify({ ok: result.ok, issues }, null, 2));
    return result.ok ? 0 : 1;
  }
  for (const issue of issues) io.out(issueLine(path, issue));
  if (result.ok) {
    io.out(
      `${path}: ok — ${result.pack.id} ${result.pack.version}, ${result.pack.templates.length} templates`,
    );
    return 0;
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  io.err(`${path}: ${errors} error(s)`);
  return 1;
}
