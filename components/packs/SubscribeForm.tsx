import { useState } from 'react';
import { browser } from 'wxt/browser';
import { db } from '@/utils/db/db';
import { getLocale, t } from '@/utils/i18n/t';
import { addSubscription, checkSubscriptionNow } from '@/utils/packs/packStorage';

/** `http://127.0.0.1:8080/p.json` → `http://127.0.0.1/*`: Chrome host patterns carry no port. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Subscribe to a pack URL: asks for access to that site, then checks it at once. */
export function SubscribeForm({ hasTrustedKeys }: { hasTrustedKeys: boolean }) {
  const [url, setUrl] = useState('');
  const [requireSignature, setRequireSignature] = useState(hasTrustedKeys);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const subscribe = () => {
    const target = url.trim();
    if (!/^https?:\/\//i.test(target) || !URL.canParse(target)) {
      setError(t('packUrlInvalid'));
      return;
    }
    setBusy(true);
    setError(null);
    // Requested straight from the click: a permission prompt needs the user gesture.
    browser.permissions
      .request({ origins: [originPattern(target)] })
      .then(async (granted) => {
        if (!granted) {
          setError(t('packPermissionDenied', new URL(target).origin));
          return;
        }
        await addSubscription(target, requireSignature);
        setUrl('');
        await checkSubscriptionNow(db, target, getLocale());
      })
      .catch(() => setError(t('packSubscribeFailed')))
      .finally(() => setBusy(false));
  };

  return (
    <form
      className="pack-subscribe"
      onSubmit={(e) => {
        e.preventDefault();
        subscribe();
      }}
    >
      <label className="tpl-field">
        <span>{t('packUrlLabel')}</span>
        <input
          type="url"
          value={url}
          placeholder="https://support.example/packs/team.json"
          data-testid="pack-url"
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={requireSignature}
          data-testid="pack-require-signature"
          onChange={(e) => setRequireSignature(e.target.checked)}
        />{' '}
        {t('packRequireSignature')}
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy || !url.trim()}>
          {t('packSubscribe')}
        </button>
      </div>
    </form>
  );
}
