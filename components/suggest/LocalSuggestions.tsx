import { useEffect } from 'react';
import type { SubscriberIds } from '@/utils/conversation/types';
import { db } from '@/utils/db/db';
import { t } from '@/utils/i18n/t';
import { recordUsage } from '@/utils/packs/usage';
import type { RankedTemplate } from '@/utils/suggest/rankTemplates';
import { buildVariableValues } from '@/utils/templates/buildVariableValues';
import { renderTemplate } from '@/utils/templates/renderTemplate';
import type { IndexedTemplate } from './useRankableTemplates';

interface Props {
  ranked: RankedTemplate<IndexedTemplate>[] | null;
  subscriber: SubscriberIds;
  onInsert: (text: string) => void;
}

/** The top three installed templates for this conversation, variables filled: works with no LLM at all. */
export function LocalSuggestions({ ranked, subscriber, onInsert }: Props) {
  const shownKey = ranked?.map((r) => r.template.id).join('|') ?? '';
  // Usage analytics: counts only, never the text or who it was for.
  useEffect(() => {
    if (shownKey) recordUsage(db, shownKey.split('|'), 'shown').catch(() => {});
  }, [shownKey]);
  if (!ranked) return null;
  return (
    <section className="card local-suggestions" data-testid="local-suggestions">
      <h3>{t('localTitle')}</h3>
      {ranked.length === 0 && <p className="muted">{t('localEmpty')}</p>}
      <ul className="suggestion-list">
        {ranked.map(({ template }) => {
          const values = buildVariableValues({ subscriber, lang: template.lang, now: new Date() });
          const { text } = renderTemplate(template, values);
          return (
            <li
              key={template.id}
              className="suggestion"
              data-testid="local-suggestion"
              data-template-id={template.id}
            >
              <p className="suggestion-title">{template.title}</p>
              <p className="suggestion-text">{text}</p>
              <button
                type="button"
                className="primary"
                onClick={() => {
                  onInsert(text);
                  recordUsage(db, [template.id], 'inserted').catch(() => {});
                }}
              >
                {t('insert')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
