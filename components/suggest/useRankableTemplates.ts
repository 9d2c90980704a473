import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '@/utils/db/db';
import { buildTemplateIndex, type TemplateIndex } from '@/utils/suggest/rankTemplates';
import { type PackTemplate, templateSchema } from '@/utils/templates/templateSchema';

export type IndexedTemplate = PackTemplate & { packId: string };

/**
 * The installed templates (packs and personal), with a personal override replacing the pack
 * template it overrides, indexed for ranking. Rows that no longer parse are skipped.
 */
export function useRankableTemplates(): TemplateIndex<IndexedTemplate> | null {
  const rows = useLiveQuery(() => db.templates.toArray(), []);
  return useMemo(() => {
    if (!rows) return null;
    const overridden = new Set(rows.map((r) => r.overrides).filter(Boolean));
    const templates: IndexedTemplate[] = [];
    for (const row of rows) {
      if (overridden.has(row.id)) continue;
      const parsed = templateSchema.safeParse(row.data);
      if (parsed.success) templates.push({ ...parsed.data, packId: row.packId });
    }
    return buildTemplateIndex(templates);
  }, [rows]);
}
