import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '@/utils/db/db';
import { findByIdentity } from '@/utils/db/findByIdentity';
import { identityRefs } from '@/utils/db/identityRefs';
import { mergeSubscribers } from '@/utils/db/mergeSubscribers';
import { resolveSubscriber } from '@/utils/db/resolveSubscriberKey';
import type { Subscriber } from '@/utils/db/types';
import { unlinkSubscriber } from '@/utils/db/unlinkSubscriber';
import { t } from '@/utils/i18n/t';
import { describeKey } from '@/utils/subscriber/describeKey';
import { requestReminderSync } from './requestReminderSync';
import { SubscriberPicker } from './SubscriberPicker';
import { useConversationKey } from './useConversationKey';

function label(s: Subscriber): string {
  return `${s.name ?? t('memNoName')} · ${describeKey(s.key).value}`;
}

/**
 * Which remembered subscriber this conversation was matched to, and the operator's ways to
 * correct it: undo an automatic link, merge with a look-alike, or pick the right person.
 */
export function SubscriberMatch() {
  const conversation = useConversationKey();
  const rawKey = conversation?.rawKey ?? null;
  const { phone, email, crmId } = conversation?.ids ?? {};
  const origin = conversation?.origin ?? '';
  const [picking, setPicking] = useState(false);
  const [merging, setMerging] = useState<Subscriber | null>(null);
  const [error, setError] = useState<string | null>(null);

  const match = useLiveQuery(async () => {
    if (!rawKey) return null;
    const own = await db.subscribers.get(rawKey);
    const survivor = await resolveSubscriber(db, rawKey);
    const lookAlikes = survivor
      ? (await findByIdentity(db, identityRefs({ phone, email, crmId }, origin))).filter(
          (s) => s.key !== survivor.key,
        )
      : [];
    return { rawKey, linked: Boolean(own?.mergedInto), survivor, lookAlikes };
  }, [rawKey, phone, email, crmId, origin]);

  if (!rawKey || match?.rawKey !== rawKey) return null;
  const { survivor, linked, lookAlikes } = match;

  const act = (action: () => Promise<unknown>) => {
    action().then(
      () => {
        setError(null);
        setMerging(null);
        setPicking(false);
        requestReminderSync();
      },
      () => setError(t('memMergeFailed')),
    );
  };

  return (
    <div className="subscriber-match small" data-testid="subscriber-match">
      <p className="muted">
        {survivor ? t('memMatchedAs', label(survivor)) : t('memNewSubscriber')}
        {linked && ` — ${t('memLinkedVia', describeKey(rawKey).value)}`}
      </p>
      {survivor &&
        !merging &&
        lookAlikes.map((other) => (
          <p key={other.key} className="row">
            <span>{t('memMaybeSame', label(other))}</span>
            <button type="button" onClick={() => setMerging(other)}>
              {t('memMerge')}
            </button>
          </p>
        ))}
      {merging && survivor ? (
        <div className="row confirm">
          <span>{t('memMergeConfirm', label(merging))}</span>
          <button
            type="button"
            className="danger"
            onClick={() => act(() => mergeSubscribers(db, survivor.key, merging.key))}
          >
            {t('memMerge')}
          </button>
          <button type="button" onClick={() => setMerging(null)}>
            {t('cancel')}
          </button>
        </div>
      ) : picking && survivor ? (
        <SubscriberPicker exclude={survivor.key} onPick={setMerging} onCancel={() => setPicking(false)} />
      ) : (
        survivor && (
          <div className="row">
            {linked && (
              <button type="button" onClick={() => act(() => unlinkSubscriber(db, rawKey))}>
                {t('memUnlink')}
              </button>
            )}
            <button type="button" onClick={() => setPicking(true)}>
              {t('memCorrect')}
            </button>
          </div>
        )
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
