import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { exportProfiles, parseProfileImport } from '@/utils/conversation/profileTransfer';
import { deleteSiteProfile, listSiteProfiles, saveSiteProfile } from '@/utils/conversation/storedProfiles';
import { db } from '@/utils/db/db';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';

const SOURCES: Record<string, MessageKey> = {
  taught: 'crmProfileSourceTaught',
  import: 'crmProfileSourceImport',
  pack: 'crmProfileSourcePack',
};

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saved site profiles: list, delete, export to JSON, import from JSON (all or nothing). */
export function SiteProfilesList() {
  const profiles = useLiveQuery(() => listSiteProfiles(db), []);
  const [feedback, setFeedback] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const importFile = async (file: File) => {
    const result = parseProfileImport(await file.text());
    if (!result.ok) {
      setFeedback({ kind: 'error', text: t('crmProfilesImportError', result.error) });
      return;
    }
    for (const { origin, profile } of result.profiles) {
      await saveSiteProfile(db, browser.storage.local, origin, profile, 'import');
    }
    setFeedback({ kind: 'ok', text: t('crmProfilesImported', result.profiles.length) });
  };

  return (
    <div className="site-profiles">
      {profiles && profiles.length === 0 && <p className="muted">{t('crmProfilesEmpty')}</p>}
      <ul data-testid="site-profiles">
        {profiles?.map((record) => (
          <li key={record.origin} className="row" data-testid="site-profile">
            <span>
              <b>{record.origin}</b>{' '}
              <span className="muted small">
                {t(
                  'crmProfileSource',
                  t(SOURCES[record.source] ?? 'crmProfileSourceImport'),
                  new Date(record.updatedAt).toLocaleString(),
                )}
              </span>
            </span>
            <button
              type="button"
              onClick={() => void deleteSiteProfile(db, browser.storage.local, record.origin)}
            >
              {t('crmProfileDelete')}
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <button
          type="button"
          disabled={!profiles?.length}
          onClick={() => download('sufler-site-profiles.json', exportProfiles(profiles ?? []))}
        >
          {t('crmProfilesExport')}
        </button>
        <label className="button">
          {t('crmProfilesImport')}
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            data-testid="site-profiles-import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {feedback && (
        <p
          className={feedback.kind === 'ok' ? 'toast ok' : 'error'}
          role="status"
          data-testid="site-profiles-feedback"
        >
          {feedback.text}
        </p>
      )}
    </div>
  );
}
