import { useEffect, useState } from 'react';
import { useInsert } from '@/components/useInsert';
import { useConversationStore } from '@/stores/conversationStore';
import { t } from '@/utils/i18n/t';
import { panelTabs } from './tabs';

export function App() {
  const start = useConversationStore((s) => s.start);
  const { insert, feedback } = useInsert();
  const [tab, setTab] = useState(panelTabs[0]!.id);
  useEffect(() => start(), [start]);
  const current = panelTabs.find((p) => p.id === tab) ?? panelTabs[0]!;

  return (
    <main className="panel">
      <header className="panel-header">
        <h1>{t('appName')}</h1>
        {panelTabs.length > 1 && (
          <div className="tabs" role="tablist">
            {panelTabs.map((p) => (
              <button
                key={p.id}
                type="button"
                role="tab"
                aria-selected={p.id === current.id}
                data-testid={`tab-${p.id}`}
                onClick={() => setTab(p.id)}
              >
                {t(p.label)}
              </button>
            ))}
          </div>
        )}
      </header>
      {feedback && (
        <p
          className={feedback.kind === 'ok' ? 'toast ok' : 'toast error'}
          role="status"
          data-testid="insert-feedback"
        >
          {feedback.text}
        </p>
      )}
      <div role="tabpanel">{current.render({ onInsert: (text) => void insert(text) })}</div>
    </main>
  );
}
