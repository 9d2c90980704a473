import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/db';
import { addFollowUp, isPending, listFollowUps } from '@/utils/db/followUps';
import { resolveSubscriberKey } from '@/utils/db/resolveSubscriberKey';
import { t } from '@/utils/i18n/t';
import { requestReminderSync } from '../memory/requestReminderSync';
import { useNow } from '../memory/useNow';
import { FollowUpEditor } from './FollowUpEditor';
import { FollowUpItem } from './FollowUpItem';

interface Props {
  /** The page's subscriber key; links and merges are followed here. */
  subscriberKey: string;
  /** The conversation to reopen from the reminder. */
  url: string;
}

/** Follow-ups of the subscriber in the current conversation: add, snooze, done, edit. */
export function FollowUpsPanel({ subscriberKey, url }: Props) {
  const now = useNow(30_000);
  const result = useLiveQuery(async () => {
    const key = await resolveSubscriberKey(db, subscriberKey);
    return { raw: subscriberKey, list: await listFollowUps(db, key) };
  }, [subscriberKey]);
  const list = result?.raw === subscriberKey ? result.list : undefined;
  const pending = list?.filter(isPending) ?? [];
  const done = list?.filter((f) => !isPending(f)) ?? [];

  return (
    <section className="card followups" aria-label={t('fuTitle')} data-testid="followups">
      <h3>{t('fuTitle')}</h3>
      <FollowUpEditor
        draftKey={`fu:new:${subscriberKey}`}
        submitLabel={t('fuAdd')}
        onSave={async (text, dueAt) => {
          const key = await resolveSubscriberKey(db, subscriberKey);
          await addFollowUp(db, { subscriberKey: key, text, dueAt, url });
          requestReminderSync();
        }}
      />
      {list && list.length === 0 && <p className="muted">{t('fuEmpty')}</p>}
      <ul className="note-list">
        {pending.map((f) => (
          <FollowUpItem key={f.id} followUp={f} now={now} />
        ))}
      </ul>
      {done.length > 0 && (
        <details>
          <summary className="muted small">{t('fuDoneList', done.length)}</summary>
          <ul className="note-list">
            {done.map((f) => (
              <FollowUpItem key={f.id} followUp={f} now={now} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
