import type { Pack } from './packSchema';
import type { UsageReport } from './usageReport';

export interface TemplateUsageSummary {
  templateId: string;
  title?: string;
  /** How many of the exports used it at all. */
  operators: number;
  shown: number;
  inserted: number;
  insertedEdited: number;
  discarded: number;
  /** inserted / shown (0 when never shown). */
  insertRate: number;
  /** insertedEdited / inserted: how often operators had to change the wording. */
  editRate: number;
}

export interface UsageSummary {
  reports: number;
  templates: TemplateUsageSummary[];
  /** Templates of the given pack nobody inserted. */
  unused: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);

/**
 * Adds up the exports of several operators, most inserted first. With the pack, titles are
 * shown and templates nobody used are listed (the team lead's candidates for rewording).
 */
export function summarizeUsage(reports: readonly UsageReport[], pack?: Pack): UsageSummary {
  const totals = new Map<string, Omit<TemplateUsageSummary, 'insertRate' | 'editRate'>>();
  for (const report of reports) {
    for (const row of report.rows) {
      const t = totals.get(row.templateId) ?? {
        templateId: row.templateId,
        operators: 0,
        shown: 0,
        inserted: 0,
        insertedEdited: 0,
        discarded: 0,
      };
      t.operators += 1;
      t.shown += row.shown;
      t.inserted += row.inserted;
      t.insertedEdited += row.insertedEdited;
      t.discarded += row.discarded;
      totals.set(row.templateId, t);
    }
  }
  const titles = new Map(pack?.templates.map((t) => [`${pack.id}/${t.id}`, t.title]) ?? []);
  const templates = [...totals.values()]
    .map((t) => {
      const title = titles.get(t.templateId);
      return {
        ...t,
        ...(title ? { title } : {}),
        insertRate: ratio(t.inserted, t.shown),
        editRate: ratio(t.insertedEdited, t.inserted),
      };
    })
    .sort((a, b) => b.inserted - a.inserted || a.templateId.localeCompare(b.templateId));
  const unused = [...titles.keys()].filter((id) => !(totals.get(id)?.inserted ?? 0));
  return { reports: reports.length, templates, unused };
}
