import { useState } from 'react';
import { db } from '@/utils/db/db';
import { getLocale, t } from '@/utils/i18n/t';
import { checkSubscriptionNow, removeSubscription } from '@/utils/packs/packStorage';
import type { CheckResult, Subscription } from '@/utils/packs/subscription';
import { describeRejection, rejectionDetails } from './describeRejection';

function describeCheck(result: CheckResult): string {
  switch (result.status) {
    case 'installed':
      return t('packCheckInstalled', result.version ?? '?');
    case 'updated':
      return t('packCheckUpdated', result.from ?? '?', result.version ?? '?');
    case 'unchanged':
    case 'not_modified':
      return t('packCheckNotModified');
    case 'rejected':
      return result.reason ? describeRejection(result.reason) : t('packRejectedOther');
    default:
      return t('packCheckFailed', result.error ?? '?');
  }
}

/** Subscriptions with their last check, "check now" and unsubscribe. */
export function SubscriptionList({ subscriptions }: { subscriptions: Subscription[] }) {
  const [busy, setBusy] = useState<string | null>(null);
  if (subscriptions.length === 0) return <p className="muted">{t('packNoSubscriptions')}</p>;
  return (
    <ul className="pack-subscriptions" data-testid="pack-subscriptions">
      {subscriptions.map((s) => {
        const check = s.lastCheck;
        const bad = check?.status === 'rejected' || check?.status === 'failed';
        return (
          <li key={s.url} className="note" data-testid="pack-subscription" data-url={s.url}>
            <p>
              <strong>{s.url}</strong>{' '}
              <span className="badge">
                {s.source === 'managed' ? t('packSourceManaged') : t('packSourceUrl')}
              </span>{' '}
              {s.requireSignature && <span className="badge">{t('packSignatureRequired')}</span>}
            </p>
            <p className={bad ? 'error' : 'muted'} data-testid="pack-last-check">
              {check
                ? t('packLastCheck', new Date(check.at).toLocaleString(getLocale()), describeCheck(check))
                : t('packNeverChecked')}
            </p>
            {check?.reason && (
              <ul className="pack-issues">
                {rejectionDetails(check.reason).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            <div className="row">
              <button
                type="button"
                disabled={busy === s.url}
                data-testid="pack-check-now"
                onClick={() => {
                  setBusy(s.url);
                  void checkSubscriptionNow(db, s.url, getLocale()).finally(() => setBusy(null));
                }}
              >
                {t('packCheckNow')}
              </button>
              {s.source === 'url' && (
                <button type="button" onClick={() => void removeSubscription(s.url)}>
                  {t('packUnsubscribe')}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
