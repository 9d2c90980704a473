import {
  type Pack,
  parseUsageReport,
  summarizeUsage,
  type UsageReport,
  validatePack,
} from '../../utils/templates/index';
import type { CliIo, ExitCode } from '../io';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * `stats <usage.json|csv>… [--pack <pack.json>]`: adds up several operators' exports. With the
 * pack, titles are shown and templates nobody used are listed.
 */
export function statsCommand(
  io: CliIo,
  files: string[],
  options: { pack?: string; json: boolean },
): ExitCode {
  const reports: UsageReport[] = [];
  for (const file of files) {
    try {
      reports.push(parseUsageReport(io.readText(file)));
    } catch (error) {
      io.err(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  }
  let pack: Pack | undefined;
  if (options.pack) {
    const result = validatePack(io.readText(options.pack));
    if (!result.ok) {
      io.err(`${options.pack}: not a valid pack (run validate)`);
      return 1;
    }
    pack = result.pack;
  }
  const summary = summarizeUsage(reports, pack);
  if (options.json) {
    io.out(JSON.stringify(summary, null, 2));
    return 0;
  }
  io.out(`${summary.reports} export(s), ${summary.templates.length} template(s) used`);
  const head = ['template', 'operators', 'shown', 'inserted', 'edited', 'discarded', 'insert%', 'edit%'];
  const rows = summary.templates.map((t) => [
    t.title ? `${t.templateId} (${t.title})` : t.templateId,
    String(t.operators),
    String(t.shown),
    String(t.inserted),
    String(t.insertedEdited),
    String(t.discarded),
    pct(t.insertRate),
    pct(t.editRate),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  io.out(line(head));
  for (const row of rows) io.out(line(row));
  if (pack) io.out(`never inserted: ${summary.unused.length ? summary.unused.join(', ') : '—'}`);
  return 0;
}
