import { z } from 'zod';

/** One template's counts in an operator's export. */
export const usageRowSchema = z.object({
  templateId: z.string().min(1).max(300),
  packId: z.string().max(100),
  packVersion: z.string().max(64).optional(),
  shown: z.number().int().nonnegative(),
  inserted: z.number().int().nonnegative(),
  insertedEdited: z.number().int().nonnegative(),
  discarded: z.number().int().nonnegative(),
});

/**
 * What an operator hands the team lead: counts per team template, no text, no subscriber data,
 * no operator identity (the team lead knows whose file it is).
 */
export const usageReportSchema = z.object({
  format: z.literal('sufler-usage'),
  version: z.literal(1),
  exportedAt: z.string().max(40),
  rows: z.array(usageRowSchema).max(100_000),
});

export type UsageRow = z.infer<typeof usageRowSchema>;
export type UsageReport = z.infer<typeof usageReportSchema>;

const CSV_COLUMNS = [
  'template_id',
  'pack_id',
  'pack_version',
  'shown',
  'inserted',
  'inserted_edited',
  'discarded',
];

function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  // Ids are safe, but a spreadsheet must never see a formula or a broken row.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function usageReportToCsv(report: UsageReport): string {
  const lines = report.rows.map((r) =>
    [r.templateId, r.packId, r.packVersion, r.shown, r.inserted, r.insertedEdited, r.discarded]
      .map(csvCell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...lines].join('\n')}\n`;
}

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** Reads an export in either format (JSON as written by the panel, or its CSV). */
export function parseUsageReport(text: string): UsageReport {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{')) {
    const parsed = usageReportSchema.safeParse(JSON.parse(trimmed));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new Error(`not a Sufler usage export (${issue?.path.join('.') || 'format'}: ${issue?.message})`);
  }
  const [header, ...lines] = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
  const columns = parseCsvLine(header ?? '');
  if (CSV_COLUMNS.some((c, i) => columns[i] !== c))
    throw new Error(`not a Sufler usage export (columns: ${columns.join(', ')})`);
  const rows = lines.map((line, n) => {
    const [templateId, packId, packVersion, ...counts] = parseCsvLine(line);
    const numbers = counts.map(Number);
    const row = {
      templateId,
      packId,
      ...(packVersion ? { packVersion } : {}),
      shown: numbers[0],
      inserted: numbers[1],
      insertedEdited: numbers[2],
      discarded: numbers[3],
    };
    const parsed = usageRowSchema.safeParse(row);
    if (!parsed.success) throw new Error(`line ${n + 2}: ${parsed.error.issues[0]?.message ?? 'bad row'}`);
    return parsed.data;
  });
  return { format: 'sufler-usage', version: 1, exportedAt: '', rows };
}
