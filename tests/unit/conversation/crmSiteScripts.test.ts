import { describe, expect, it } from 'vitest';
import {
  addCrmSite,
  type CrmSiteApi,
  restoreCrmSiteScripts,
  scriptId,
  syncCrmSiteScripts,
} from '@/utils/background/crmSiteScripts';

function fakeApi(granted: string[], tabs: Record<string, number[]> = {}) {
  const registered = new Map<string, string[]>();
  const injected: number[] = [];
  const api: CrmSiteApi = {
    grantedOrigins: async () => granted,
    registered: async () => [...registered].map(([id, matches]) => ({ id, matches })),
    register: async (scripts) => {
      for (const s of scripts) {
        expect(s.persistAcrossSessions).toBe(true);
        registered.set(s.id, s.matches);
      }
    },
    unregister: async (ids) => {
      for (const id of ids) registered.delete(id);
    },
    manifestScript: () => ({
      js: ['content-scripts/crm.js'],
      matches: ['http://127.0.0.1/*', 'http://localhost/*'],
    }),
    tabsMatching: async (pattern) => tabs[pattern] ?? [],
    inject: async (tabId) => {
      injected.push(tabId);
    },
  };
  return { api, registered, injected, granted };
}

describe('CRM sites (least privilege)', () => {
  it('registers the content script for granted origins only, not for the demo or broad grants', async () => {
    const { api, registered } = fakeApi(['https://helpdesk.signal.ru/*', 'http://127.0.0.1/*', '<all_urls>']);
    await syncCrmSiteScripts(api);
    expect([...registered.values()]).toEqual([['https://helpdesk.signal.ru/*']]);
  });

  it('unregisters an origin whose access was revoked', async () => {
    const fake = fakeApi(['https://helpdesk.signal.ru/*']);
    await syncCrmSiteScripts(fake.api);
    fake.granted.length = 0;
    await syncCrmSiteScripts(fake.api);
    expect(fake.registered.size).toBe(0);
  });

  it('after a grant, runs the script in the tabs already open on that site', async () => {
    const { api, registered, injected } = fakeApi(['http://crm.signal.test/*'], {
      'http://crm.signal.test/*': [7, 9],
    });
    expect(await addCrmSite(api, 'http://crm.signal.test:4173')).toBe(true);
    expect(registered.has(scriptId('http://crm.signal.test/*'))).toBe(true);
    expect(injected).toEqual([7, 9]);
    expect(await addCrmSite(api, 'https://not-granted.example.ru')).toBe(false);
  });

  it('at start, covers CRM tabs already open (persisted scripts may be restored after them)', async () => {
    const { api, registered, injected } = fakeApi(['https://helpdesk.signal.ru/*', 'http://127.0.0.1/*'], {
      'https://helpdesk.signal.ru/*': [3],
      'http://127.0.0.1/*': [4],
    });
    await restoreCrmSiteScripts(api);
    expect(registered.has(scriptId('https://helpdesk.signal.ru/*'))).toBe(true);
    // The demo origin is covered by the manifest script itself.
    expect(injected).toEqual([3]);
  });
});
