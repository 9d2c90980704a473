import { useEffect } from 'react';
import { db } from '@/utils/db/db';
import { t } from '@/utils/i18n/t';
import { recordUsage } from '@/utils/packs/usage';
import type { RankedTemplate } from '@/utils/suggest/rankTemplates';
import { fieldDefault } from '@/utils/templates/fieldDefault';
import { renderTemplate } from '@/utils/templates/renderTemplate';
import { useVariableValues } from '../templates/useVariableValues';
import type { IndexedTemplate } from './useRankableTemplates';

/** Fill-in fields take their defaults; one without a default shows its label in brackets for the operator to replace. */
function fieldValues(template: IndexedTemplate, now: Date): Record<string, string> {
  return Object.fromEntries(template.fields.map((f) => [f.id, fieldDefault(f, now) || `[${f.label}]`]));
}

interface Props {
  ranked: RankedTemplate<IndexedTemplate>[] | null;
  onInsert: (text: string) => void;
}

/** The top three installed templates for this conversation, variables filled: works with no LLM at all. */
export function LocalSuggestions({ ranked, onInsert }: Props) {
  const valuesFor = useVariableValues();
  const shownKey = ranked?.map((r) => r.template.effective.usageId).join('|') ?? '';
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
          const now = new Date();
          const { text } = renderTemplate(
            template,
            valuesFor(template.effective),
            fieldValues(template, now),
          );
          return (
            <li
              key={template.effective.id}
              className="suggestion"
              data-testid="local-suggestion"
              data-template-id={template.effective.id}
            >
              <p className="suggestion-title">{template.title}</p>
              <p className="suggestion-text">{text}</p>
              <button
                type="button"
                className="primary"
                onClick={() => {
                  onInsert(text);
                  recordUsage(db, [template.effective.usageId], 'inserted').catch(() => {});
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
