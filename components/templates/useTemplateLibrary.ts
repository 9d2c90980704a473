import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { db } from '@/utils/db/db';
import type { UsageCount } from '@/utils/db/types';
import { type EffectiveTemplate, listTemplates } from '@/utils/packs/listTemplates';
import {
  buildTemplateSearch,
  createTemplateSearch,
  type SearchableTemplate,
  type TemplateSearch,
} from '@/utils/templates/createTemplateSearch';

const EMPTY: EffectiveTemplate[] = [];
/** Above this many templates the index is built in chunks, off the key-press path. */
const BACKGROUND_BUILD = 2000;
const NO_SEARCH = createTemplateSearch([]);

function searchable(list: readonly EffectiveTemplate[]): SearchableTemplate[] {
  return list.map((t) => ({
    id: t.id,
    title: t.template.title,
    body: t.template.body,
    tags: t.template.tags,
    shortcut: t.template.shortcut,
  }));
}

export interface TemplateLibrary {
  loading: boolean;
  templates: EffectiveTemplate[];
  byId: Map<string, EffectiveTemplate>;
  search: TemplateSearch;
  /** Usage rows by usage id. */
  usage: Map<string, UsageCount>;
  /** Display ids (what the search returns) of favourites, and last use per display id. */
  favourites: Set<string>;
  lastUsed: Map<string, number>;
  tags: string[];
}

/**
 * The templates as the picker needs them, live from Dexie. Usage is a separate query so that
 * counting an insertion does not rebuild the search index.
 */
export function useTemplateLibrary(): TemplateLibrary {
  const templates = useLiveQuery(() => listTemplates(db), []);
  const usageRows = useLiveQuery(() => db.usage.toArray(), []);
  const list = templates ?? EMPTY;
  const small = useMemo(
    () => (list.length < BACKGROUND_BUILD ? createTemplateSearch(searchable(list)) : null),
    [list],
  );
  // A big library: keep searching the previous index until the new one is ready.
  const [large, setLarge] = useState<TemplateSearch | null>(null);
  useEffect(() => {
    if (list.length < BACKGROUND_BUILD) return;
    let current = true;
    void buildTemplateSearch(searchable(list)).then((built) => {
      if (current) setLarge(built);
    });
    return () => {
      current = false;
    };
  }, [list]);
  const search = small ?? large ?? NO_SEARCH;
  const byId = useMemo(() => new Map(list.map((t) => [t.id, t])), [list]);
  const tags = useMemo(() => {
    const count = new Map<string, number>();
    for (const t of list) for (const tag of t.template.tags) count.set(tag, (count.get(tag) ?? 0) + 1);
    return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
  }, [list]);
  const { usage, favourites, lastUsed } = useMemo(() => {
    const usage = new Map((usageRows ?? []).map((u) => [u.templateId, u]));
    const favourites = new Set<string>();
    const lastUsed = new Map<string, number>();
    for (const t of list) {
      const u = usage.get(t.usageId);
      if (u?.favourite) favourites.add(t.id);
      if (u?.lastUsedAt) lastUsed.set(t.id, u.lastUsedAt);
    }
    return { usage, favourites, lastUsed };
  }, [usageRows, list]);
  const loading = templates === undefined;
  return useMemo(
    () => ({ loading, templates: list, byId, search, usage, favourites, lastUsed, tags }),
    [loading, list, byId, search, usage, favourites, lastUsed, tags],
  );
}
