import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/db';
import { listPendingDueBy } from '@/utils/db/followUps';
import { endOfLocalDay } from '@/utils/followups/localTime';
import { t } from '@/utils/i18n/t';
import { sendMessage } from '@/utils/messaging/messenger';
import { describeKey } from '@/utils/subscriber/describeKey';
import { useNow } from '../memory/useNow';
import { FollowUpItem } from './FollowUpItem';

/** Every subscriber's follow-ups due today, overdue ones included, earliest first. */
export function TodayList() {
  const now = useNow(30_000);
  const horizon = endOfLocalDay(now);
  const items = useLiveQuery(async () => {
    const due = await listPendingDueBy(db, horizon);
    const subscribers = await db.subscribers.bulkGet([...new Set(due.map((f) => f.subscriberKey))]);
    const names = new Map(subscribers.flatMap((s) => (s ? [[s.key, s.name] as const] : [])));
    return due.map((followUp) => ({
      followUp,
      who: names.get(followUp.subscriberKey) ?? describeKey(followUp.subscriberKey).value,
    }));
  }, [horizon]);

  return (
    <section className="card today" aria-label={t('todayTitle')} data-testid="today">
      <h3>{t('todayTitle')}</h3>
      {items && items.length === 0 && <p className="muted">{t('todayEmpty')}</p>}
      <ul className="note-list">
        {items?.map(({ followUp, who }) => (
          <FollowUpItem
            key={followUp.id}
            followUp={followUp}
            now={now}
            who={who}
            onOpen={() => {
              // The same path as clicking the reminder's notification.
              sendMessage('openFollowUp', { id: followUp.id }).catch(() => {});
            }}
          />
        ))}
      </ul>
    </section>
  );
}
