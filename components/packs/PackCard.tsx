import { useState } from 'react';
import { db } from '@/utils/db/db';
import type { InstalledPack } from '@/utils/db/types';
import type { MessageKey } from '@/utils/i18n/catalog';
import { getLocale, t } from '@/utils/i18n/t';
import type { PreviousPack } from '@/utils/packs/installPack';
import { removePack } from '@/utils/packs/removePack';
import { rollbackPack } from '@/utils/packs/rollbackPack';
import type { ChangelogEntry } from '@/utils/templates/packParts';
import { ConfirmDeleteButton } from '../common/ConfirmDeleteButton';
import { ErrorAlert } from '../common/ErrorAlert';

const SOURCE_KEYS: Record<InstalledPack['source'], MessageKey> = {
  builtin: 'packSourceBuiltin',
  file: 'packSourceFile',
  url: 'packSourceUrl',
  managed: 'packSourceManaged',
  personal: 'packSourcePersonal',
};
const SIGNATURE_KEYS: Record<InstalledPack['signature'], MessageKey> = {
  none: 'packSignatureNone',
  valid: 'packSignatureValid',
  invalid: 'packSignatureInvalid',
  untrusted: 'packSignatureUntrusted',
};

function count(doc: unknown, key: string): number {
  const list = (doc as Record<string, unknown> | null)?.[key];
  return Array.isArray(list) ? list.length : 0;
}

/** An installed pack: what it is, where from, whether its signature holds, its changelog, rollback. */
export function PackCard({ pack }: { pack: InstalledPack }) {
  const [error, setError] = useState<string | null>(null);
  const doc = pack.doc as { description?: string; author?: string; changelog?: ChangelogEntry[] };
  const previous = pack.previous as PreviousPack | undefined;
  const latest = doc.changelog?.[0];
  const run = (action: () => Promise<unknown>) =>
    void action().then(
      () => setError(null),
      () => setError(t('packActionFailed')),
    );

  return (
    <li className="note" data-testid="installed-pack" data-pack-id={pack.id}>
      <p>
        <strong>{pack.name}</strong> <span data-testid="pack-version">{pack.version}</span>{' '}
        <span className="badge">{t(SOURCE_KEYS[pack.source])}</span>{' '}
        <span className={pack.signature === 'valid' ? 'badge' : 'muted small'} data-testid="pack-signature">
          {t(SIGNATURE_KEYS[pack.signature], pack.signatureKeyId ?? '')}
        </span>
      </p>
      {doc.description && <p className="muted small">{doc.description}</p>}
      <p className="small">
        {t(
          'packCounts',
          count(pack.doc, 'templates'),
          count(pack.doc, 'playbooks'),
          count(pack.doc, 'authority'),
          count(pack.doc, 'siteProfiles'),
        )}
        {' · '}
        {t('packInstalledAt', new Date(pack.installedAt).toLocaleString(getLocale()))}
      </p>
      {latest && (
        <details>
          <summary>{t('packChangelog', latest.version)}</summary>
          <ul>
            {latest.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      )}
      <ErrorAlert message={error} />
      <div className="row">
        {previous && (
          <button
            type="button"
            data-testid="pack-rollback"
            onClick={() => run(() => rollbackPack(db, pack.id))}
          >
            {t('packRollback', previous.version)}
          </button>
        )}
        {pack.source !== 'builtin' && pack.source !== 'managed' && (
          <ConfirmDeleteButton
            question="packConfirmRemove"
            onConfirm={() => run(() => removePack(db, pack.id))}
          />
        )}
      </div>
    </li>
  );
}
