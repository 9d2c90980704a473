import { useMemo } from 'react';
import type { ConversationAnalysis } from '@/utils/analysis/analyzeConversation';
import type { SubscriberIds } from '@/utils/conversation/types';
import { t } from '@/utils/i18n/t';
import { rankTemplates } from '@/utils/suggest/rankTemplates';
import { buildVariableValues } from '@/utils/templates/buildVariableValues';
import { renderTemplate } from '@/utils/templates/renderTemplate';
import { useRankableTemplates } from './useRankableTemplates';

interface Props {
  analysis: ConversationAnalysis;
  subscriber: SubscriberIds;
  isVerse: boolean;
  onInsert: (text: string) => void;
}

/** The top three installed templates for this conversation, variables filled: works with no LLM at all. */
export function LocalSuggestions({ analysis, subscriber, isVerse, onInsert }: Props) {
  const index = useRankableTemplates();
  const ranked = useMemo(
    () => (index ? rankTemplates(index, analysis, { limit: 3, isVerse }) : []),
    [index, analysis, isVerse],
  );
  if (!index) return null;
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
              <button type="button" className="primary" onClick={() => onInsert(text)}>
                {t('insert')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
