import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { originPattern } from '../conversation/crmOrigin';
import { listPackProfiles } from '../conversation/packProfiles';
import { PACK_PROFILES_KEY } from '../conversation/profileMirror';
import { syncProfileMirror } from '../conversation/storedProfiles';
import { db } from '../db/db';
import { onMessage } from '../messaging/messenger';
import { addCrmSite, type CrmSiteApi, restoreCrmSiteScripts, syncCrmSiteScripts } from './crmSiteScripts';

function crmSiteApi(): CrmSiteApi {
  return {
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    registered: () => browser.scripting.getRegisteredContentScripts(),
    register: (scripts) => browser.scripting.registerContentScripts(scripts),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    manifestScript: () => {
      const script = browser.runtime.getManifest().content_scripts?.[0];
      return { js: script?.js ?? [], matches: script?.matches ?? [] };
    },
    tabsMatching: async (pattern) =>
      (await browser.tabs.query({ url: pattern })).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
    inject: async (tabId, files) => {
      // Never inject over a running copy: WXT's context would invalidate the running one while
      // the new one bows out (see RUNNING in entrypoints/crm.content), leaving none.
      const [probe] = await browser.scripting.executeScript({
        target: { tabId },
        func: () =>
          Boolean((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('sufler.crm.content')]),
      });
      if (probe?.result === true) return;
      type Files = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;
      await browser.scripting.executeScript({ target: { tabId }, files: files as Files });
    },
  };
}

/**
 * CRM sites beyond the demo: the content script is registered at run time for each origin the
 * operator granted (optional host permissions, least privilege), kept in step with the
 * permissions at every start and on every grant or revocation. Saved site profiles, and those
 * shipped in packs, are mirrored from Dexie to `storage.local`, where content scripts read them.
 */
export function setupCrmSites(): void {
  const api = crmSiteApi();
  const sync = () => {
    syncCrmSiteScripts(api).catch(() => {});
  };
  // Every service-worker start (browser start included) also covers tabs the restored
  // registrations may have missed.
  restoreCrmSiteScripts(api).catch(() => {});
  syncProfileMirror(db, browser.storage.local).catch(() => {});
  // Packs are installed and updated elsewhere (panel, options, the update alarm): follow them.
  liveQuery(() => listPackProfiles(db)).subscribe({
    next: (profiles) => {
      browser.storage.local.set({ [PACK_PROFILES_KEY]: profiles }).catch(() => {});
    },
    error: () => {},
  });
  browser.runtime.onStartup?.addListener(sync);
  browser.permissions.onAdded?.addListener(sync);
  browser.permissions.onRemoved?.addListener(sync);
  onMessage('addCrmSite', async ({ origin }) => ({ ok: await addCrmSite(api, origin) }));
  onMessage('removeCrmSite', async ({ origin }) => {
    const removed = await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
    await syncCrmSiteScripts(api);
    return { ok: removed };
  });
}
