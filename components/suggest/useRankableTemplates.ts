import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '@/utils/db/db';
import { type EffectiveTemplate, listTemplates } from '@/utils/packs/listTemplates';
import { buildTemplateIndex, type TemplateIndex } from '@/utils/suggest/rankTemplates';
import type { PackTemplate } from '@/utils/templates/templateSchema';

export type IndexedTemplate = PackTemplate & { effective: EffectiveTemplate };

/**
 * The templates the operator can pick (packs, personal, overrides in place of what they
 * override), indexed for ranking.
 */
export function useRankableTemplates(): TemplateIndex<IndexedTemplate> | null {
  const list = useLiveQuery(() => listTemplates(db), []);
  return useMemo(() => {
    if (!list) return null;
    // An override in conflict is listed next to the new pack version: rank only one of them.
    const templates = list
      .filter((e) => !(e.conflict && e.origin === 'pack'))
      .map((e) => ({ ...e.template, effective: e }));
    return buildTemplateIndex(templates);
  }, [list]);
}
