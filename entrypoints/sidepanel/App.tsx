import { useEffect, useMemo } from 'react';
import { MessageList } from '@/components/MessageList';
import { NotesPanel } from '@/components/NotesPanel';
import { SubscriberCard } from '@/components/SubscriberCard';
import { useInsert } from '@/components/useInsert';
import { useConversationStore } from '@/stores/conversationStore';
import { normalizeSubscriber } from '@/utils/conversation/readConversation';
import { db } from '@/utils/db/db';
import { touchSubscriber } from '@/utils/db/touchSubscriber';
import { t } from '@/utils/i18n/t';
import { subscriberKey } from '@/utils/subscriber/subscriberKey';

export function App() {
  const { status, snapshot, start } = useConversationStore();
  const { insert, feedback } = useInsert();
  useEffect(() => start(), [start]);

  const subscriber = useMemo(() => (snapshot ? normalizeSubscriber(snapshot.subscriber) : null), [snapshot]);
  const key = subscriber && snapshot ? subscriberKey(subscriber, snapshot.origin) : null;

  // Record the visit only when the person changes, not on every new message.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the subscriber on purpose
  useEffect(() => {
    if (subscriber && snapshot && key) touchSubscriber(db, subscriber, snapshot.origin).catch(() => {});
  }, [key]);

  return (
    <main className="panel">
      <header className="panel-header">
        <h1>{t('appName')}</h1>
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
      {status === 'loading' && <p className="muted">{t('loading')}</p>}
      {status === 'no_tab' && (
        <section className="card empty" data-testid="no-conversation">
          <h2>{t('noConversationTitle')}</h2>
          <p>{t('noCrmTab')}</p>
        </section>
      )}
      {status === 'ready' && snapshot?.status === 'not_found' && (
        <section className="card empty" data-testid="no-conversation">
          <h2>{t('noConversationTitle')}</h2>
          <p>{t('noConversationBody')}</p>
        </section>
      )}
      {status === 'ready' && snapshot?.status === 'ok' && subscriber && (
        <>
          <SubscriberCard subscriber={subscriber} />
          <MessageList snapshot={snapshot} />
          {key ? (
            <NotesPanel subscriberKey={key} onInsert={(text) => void insert(text)} />
          ) : (
            <p className="muted">{t('noStableId')}</p>
          )}
        </>
      )}
    </main>
  );
}
