import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/t';
import { sendMessage } from '@/utils/messaging/messenger';
import { AddCrmSite } from './AddCrmSite';
import { SiteProfilesList } from './SiteProfilesList';

const BROAD = new Set(['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']);

/** Origins the operator granted, as `https://crm.example.ru` (the demo's built-in origins are not listed). */
async function grantedSites(): Promise<string[]> {
  const builtIn = browser.runtime.getManifest().content_scripts?.[0]?.matches ?? [];
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((p) => !BROAD.has(p) && !builtIn.includes(p)).map((p) => p.replace(/\/\*$/, ''));
}

/** Options → CRM sites: the sites Sufler may read, and the saved reading settings (export/import). */
export function CrmSitesSection() {
  const [sites, setSites] = useState<string[]>([]);
  const reload = () => {
    grantedSites()
      .then(setSites)
      .catch(() => setSites([]));
  };
  useEffect(reload, []);

  return (
    <>
      <p>{t('crmSitesIntro')}</p>
      {sites.length === 0 ? (
        <p className="muted">{t('crmSitesEmpty')}</p>
      ) : (
        <ul className="crm-sites" data-testid="crm-sites">
          {sites.map((origin) => (
            <li key={origin} className="row">
              <span>{origin}</span>
              <button
                type="button"
                onClick={() => {
                  sendMessage('removeCrmSite', { origin })
                    .catch(() => {})
                    .finally(reload);
                }}
              >
                {t('crmSitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddCrmSite onAdded={reload} />
      <h3>{t('crmProfilesTitle')}</h3>
      <SiteProfilesList />
    </>
  );
}
