import { useState } from 'react';
import { t } from '@/utils/i18n/t';
import { savePackSettings } from '@/utils/packs/packStorage';
import { isPublicKey, type TrustedKey } from '@/utils/templates/packKeys';

/** The operator's trusted signing keys; the policy's are listed, read-only. */
export function TrustedKeysEditor({ own, policy }: { own: TrustedKey[]; policy: TrustedKey[] }) {
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    const publicKey = key.trim();
    if (!isPublicKey(publicKey)) {
      setError(t('packKeyInvalid'));
      return;
    }
    setError(null);
    if (own.some((k) => k.publicKey === publicKey)) return;
    void savePackSettings({
      trustedKeys: [...own, { ...(name.trim() ? { name: name.trim() } : {}), publicKey }],
    });
    setName('');
    setKey('');
  };

  return (
    <div className="pack-keys">
      <ul data-testid="trusted-keys">
        {policy.map((k) => (
          <li key={k.publicKey}>
            <code>{k.publicKey}</code> <span className="badge">{t('packSourceManaged')}</span>
          </li>
        ))}
        {own.map((k) => (
          <li key={k.publicKey}>
            {k.name && <strong>{k.name} </strong>}
            <code>{k.publicKey}</code>{' '}
            <button
              type="button"
              onClick={() =>
                void savePackSettings({ trustedKeys: own.filter((o) => o.publicKey !== k.publicKey) })
              }
            >
              {t('delete')}
            </button>
          </li>
        ))}
      </ul>
      {policy.length + own.length === 0 && <p className="muted">{t('packNoKeys')}</p>}
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          aria-label={t('packKeyName')}
          placeholder={t('packKeyName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <input
          aria-label={t('packKeyValue')}
          placeholder={t('packKeyValue')}
          value={key}
          data-testid="trusted-key-input"
          onChange={(e) => setKey(e.target.value)}
        />
        <button type="submit">{t('packAddKey')}</button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
