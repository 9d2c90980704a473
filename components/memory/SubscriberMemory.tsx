import { t } from '@/utils/i18n/t';
import { FollowUpsPanel } from '../followups/FollowUpsPanel';
import { TimelineList } from './TimelineList';

/** Below the notes: the subscriber's follow-ups, and their history on demand. */
export function SubscriberMemory({ subscriberKey, url }: { subscriberKey: string; url: string }) {
  return (
    <>
      <FollowUpsPanel subscriberKey={subscriberKey} url={url} />
      <section className="card" aria-label={t('tlTitle')}>
        <details>
          <summary>
            <h3 style={{ display: 'inline' }}>{t('tlTitle')}</h3>
          </summary>
          <TimelineList subscriberKey={subscriberKey} />
        </details>
      </section>
    </>
  );
}
