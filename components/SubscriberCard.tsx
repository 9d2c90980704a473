import type { SubscriberIds } from '@/utils/conversation/types';
import { t } from '@/utils/i18n/t';
import { SubscriberMatch } from './memory/SubscriberMatch';

export function SubscriberCard({ subscriber }: { subscriber: SubscriberIds }) {
  return (
    <section className="card subscriber" aria-label={t('subscriber')}>
      <h2 className="subscriber-name" data-testid="subscriber-name">
        {subscriber.name ?? t('unknownName')}
      </h2>
      <dl className="subscriber-ids">
        {subscriber.phone && (
          <>
            <dt>{t('phone')}</dt>
            <dd data-testid="subscriber-phone">{subscriber.phone}</dd>
          </>
        )}
        {subscriber.email && (
          <>
            <dt>{t('email')}</dt>
            <dd data-testid="subscriber-email">{subscriber.email}</dd>
          </>
        )}
        {subscriber.crmId && (
          <>
            <dt>{t('crmId')}</dt>
            <dd data-testid="subscriber-crm-id">{subscriber.crmId}</dd>
          </>
        )}
      </dl>
      <SubscriberMatch />
    </section>
  );
}
