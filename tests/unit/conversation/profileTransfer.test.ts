import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { normalizeOrigin, originPattern } from '@/utils/conversation/crmOrigin';
import { PACK_PROFILES_KEY, packProfilesFrom, profileStorageKey } from '@/utils/conversation/profileMirror';
import { builtInProfiles } from '@/utils/conversation/profiles';
import { exportProfiles, parseProfileImport } from '@/utils/conversation/profileTransfer';
import {
  deleteSiteProfile,
  listSiteProfiles,
  saveSiteProfile,
  syncProfileMirror,
} from '@/utils/conversation/storedProfiles';
import { SuflerDb } from '@/utils/db/db';

const zammad = builtInProfiles.find((p) => p.id === 'zammad')!;

describe('site profiles: storage, export and import', () => {
  it('saves per origin in Dexie and mirrors to storage.local for the content script', async () => {
    const db = new SuflerDb(`crm-${Math.random()}`);
    const storage = fakeBrowser.storage.local;
    await saveSiteProfile(db, storage, 'https://helpdesk.signal.ru', zammad, 'taught', 1000);
    expect((await listSiteProfiles(db)).map((p) => p.origin)).toEqual(['https://helpdesk.signal.ru']);
    expect(await storage.get(profileStorageKey('https://helpdesk.signal.ru'))).toEqual({
      [profileStorageKey('https://helpdesk.signal.ru')]: { profile: zammad, updatedAt: 1000 },
    });
    // A stale mirror entry (profile deleted elsewhere) is removed by the start-up sync.
    await storage.set({ [profileStorageKey('https://old.example.ru')]: { profile: zammad, updatedAt: 1 } });
    await syncProfileMirror(db, storage);
    expect(Object.keys(await storage.get(null)).sort()).toEqual([
      PACK_PROFILES_KEY,
      profileStorageKey('https://helpdesk.signal.ru'),
    ]);
    await deleteSiteProfile(db, storage, 'https://helpdesk.signal.ru');
    expect(await listSiteProfiles(db)).toEqual([]);
    expect(await storage.get(null)).toEqual({ [PACK_PROFILES_KEY]: [] });
    db.close();
  });

  it('mirrors the site profiles shipped in installed packs, leaving out a pack whose profiles are invalid', async () => {
    const db = new SuflerDb(`crm-${Math.random()}`);
    const pack = (id: string, siteProfiles: unknown) => ({
      id,
      name: id,
      version: '1.0.0',
      source: 'file' as const,
      doc: { siteProfiles },
      signature: 'none' as const,
      installedAt: 1,
    });
    await db.packs.bulkPut([pack('signal-crm', [zammad]), pack('broken', [{ id: 'x' }])]);
    await syncProfileMirror(db, fakeBrowser.storage.local);
    const stored = await fakeBrowser.storage.local.get(PACK_PROFILES_KEY);
    expect(packProfilesFrom(stored[PACK_PROFILES_KEY])).toEqual([zammad]);
    db.close();
  });

  it('round-trips an export through import', () => {
    const text = exportProfiles([{ origin: 'https://helpdesk.signal.ru', profile: zammad }]);
    expect(parseProfileImport(text)).toEqual({
      ok: true,
      profiles: [{ origin: 'https://helpdesk.signal.ru', profile: zammad }],
    });
  });

  it('refuses a malformed import whole, naming the field', () => {
    const doc = JSON.parse(exportProfiles([{ origin: 'https://helpdesk.signal.ru', profile: zammad }]));
    doc.profiles[0].profile.role.fallback = 'maybe';
    const result = parseProfileImport(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^profiles\[0\]\.profile\.role\.fallback: /);
    doc.profiles[0].profile.role.fallback = 'skip';
    doc.profiles[0].profile.urlPattern = '([unclosed';
    expect(parseProfileImport(JSON.stringify(doc))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/urlPattern/),
    });
    expect(parseProfileImport('{ not json')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^JSON/),
    });
    expect(
      parseProfileImport(
        '{"kind":"sufler-site-profiles","version":1,"profiles":[{"origin":"helpdesk","profile":{}}]}',
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/^profiles\[0\]\.origin/) });
  });

  it('turns what the operator typed into an origin and a host permission pattern', () => {
    expect(normalizeOrigin('crm.signal.ru/tickets/5')).toBe('https://crm.signal.ru');
    expect(normalizeOrigin('http://crm.local:8080/x')).toBe('http://crm.local:8080');
    expect(normalizeOrigin('ftp://files.ru')).toBeNull();
    expect(normalizeOrigin('   ')).toBeNull();
    expect(originPattern('http://crm.local:8080')).toBe('http://crm.local/*');
  });
});
