import { useCallback, useRef } from 'react';
import { useConversationStore } from '@/stores/conversationStore';
import { useTemplatesStore } from '@/stores/templatesStore';
import { db } from '@/utils/db/db';
import type { EffectiveTemplate } from '@/utils/packs/listTemplates';
import { recordUsage } from '@/utils/packs/usage';
import { renderTemplate } from '@/utils/templates/renderTemplate';
import { useVariableValues } from './useVariableValues';

export interface TemplateActions {
  values: (t: EffectiveTemplate) => Record<string, string | undefined>;
  /** Enter on a result: insert at once, or open the fill-in form when something is to be filled. */
  choose: (t: EffectiveTemplate) => void;
  /** Inserts finished text through the panel's insertion path and counts it. */
  insert: (t: EffectiveTemplate, text: string) => void;
  /** The operator backed out of a template they had opened. */
  discard: (t: EffectiveTemplate) => void;
  /** Results the operator saw (counted once per picker session as "shown"). */
  see: (ids: readonly string[]) => void;
}

export function useTemplateActions(
  byId: Map<string, EffectiveTemplate>,
  onInsert: (text: string) => void,
): TemplateActions {
  const values = useVariableValues();
  const seen = useRef(new Set<string>());
  const templates = useRef(byId);
  templates.current = byId;

  const flushSeen = () => {
    const ids = [...seen.current];
    seen.current.clear();
    void recordUsage(db, ids, 'shown').catch(() => {});
  };

  const insert = (t: EffectiveTemplate, text: string) => {
    onInsert(text);
    const snapshot = useConversationStore.getState().snapshot;
    void recordUsage(db, [t.usageId], 'inserted').catch(() => {});
    flushSeen();
    useTemplatesStore.getState().setPending(
      snapshot
        ? {
            usageId: t.usageId,
            text,
            url: snapshot.url,
            operatorMessages: snapshot.messages.filter((m) => m.role === 'operator').length,
            at: Date.now(),
          }
        : null,
    );
    useTemplatesStore.getState().focusSearch();
  };

  const choose = (t: EffectiveTemplate) => {
    const { text, missing } = renderTemplate(t.template, values(t));
    if (t.template.fields.length > 0 || missing.length > 0)
      useTemplatesStore.getState().setMode({ type: 'fill', id: t.id });
    else insert(t, text);
  };

  const discard = (t: EffectiveTemplate) => {
    void recordUsage(db, [t.usageId], 'discarded').catch(() => {});
    useTemplatesStore.getState().focusSearch();
  };

  // Stable, so the picker's "shown" timer is not restarted by every render.
  const see = useCallback((ids: readonly string[]) => {
    for (const id of ids) {
      const t = templates.current.get(id);
      if (t) seen.current.add(t.usageId);
    }
  }, []);

  return { values, choose, insert, discard, see };
}
