import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useConversationStore } from '@/stores/conversationStore';
import { normalizeSubscriber } from '@/utils/conversation/readConversation';
import { db } from '@/utils/db/db';
import { touchSubscriber } from '@/utils/db/touchSubscriber';
import { t } from '@/utils/i18n/t';
import { subscriberKey } from '@/utils/subscriber/subscriberKey';
import { AddCrmSite } from './crm/AddCrmSite';
import { CantReadPage } from './crm/CantReadPage';
import { ReadingNotice } from './crm/ReadingNotice';
import { MessageList } from './MessageList';
import { NotesPanel } from './NotesPanel';
import { SubscriberCard } from './SubscriberCard';
import { SuggestPanel } from './suggest/SuggestPanel';

// Follow-ups and the timeline (with date parsing) load just after the conversation is shown.
const SubscriberMemory = lazy(() =>
  import('./memory/SubscriberMemory').then((m) => ({ default: m.SubscriberMemory })),
);

/** The current conversation: who it is, what was said, and what we remember about them. */
export function ConversationTab({ onInsert }: { onInsert: (text: string) => void }) {
  const { status, snapshot } = useConversationStore();
  const subscriber = useMemo(() => (snapshot ? normalizeSubscriber(snapshot.subscriber) : null), [snapshot]);
  const key = subscriber && snapshot ? subscriberKey(subscriber, snapshot.origin) : null;

  // Record the visit only when the person or the conversation changes, not on every new message;
  // the timeline keeps its time and URL (never its text).
  const url = snapshot?.url;
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the subscriber and conversation on purpose
  useEffect(() => {
    if (subscriber && snapshot && key)
      touchSubscriber(db, subscriber, snapshot.origin, Date.now(), url).catch(() => {});
  }, [key, url]);

  if (status === 'loading') return <p className="muted">{t('loading')}</p>;
  if (status === 'no_tab' || !snapshot) {
    return (
      <section className="card empty" data-testid="no-conversation">
        <h2>{t('noConversationTitle')}</h2>
        <p>{t('noCrmTab')}</p>
        <h3>{t('crmAddSiteTitle')}</h3>
        <p className="muted small">{t('crmAddSiteBody')}</p>
        <AddCrmSite />
      </section>
    );
  }
  if (snapshot.status === 'not_found' || !subscriber) {
    return <CantReadPage snapshot={snapshot} />;
  }
  return (
    <>
      {/* slot: crisis banner and suggestions (above everything else) */}
      <SuggestPanel snapshot={snapshot} subscriber={subscriber} subscriberKey={key} onInsert={onInsert} />
      <ReadingNotice snapshot={snapshot} />
      <SubscriberCard subscriber={subscriber} />
      <MessageList snapshot={snapshot} />
      {key ? (
        <NotesPanel subscriberKey={key} onInsert={onInsert} />
      ) : (
        <p className="muted">{t('noStableId')}</p>
      )}
      {/* slot: follow-ups of this subscriber */}
      {key && (
        <Suspense fallback={null}>
          <SubscriberMemory subscriberKey={key} url={snapshot.url} />
        </Suspense>
      )}
    </>
  );
}
