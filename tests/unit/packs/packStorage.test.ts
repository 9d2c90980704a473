import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SuflerDb } from '@/utils/db/db';
import { BUILTIN_PACKS } from '@/utils/packs/builtinPacks';
import { ensureBuiltinPacks } from '@/utils/packs/ensureBuiltinPacks';
import { parseManagedPolicy } from '@/utils/packs/packPolicy';
import {
  addSubscription,
  checkSubscriptionNow,
  loadManagedPolicy,
  loadSubscriptions,
  savePackSettings,
  syncManagedSubscriptions,
  trustedKeysNow,
} from '@/utils/packs/packStorage';
import { rollbackPack } from '@/utils/packs/rollbackPack';
import { dropTestDb, fixture, openTestDb, testKey } from './helpers';

let db: SuflerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => dropTestDb(db));

const served = (text: string) => (async () => new Response(text, { status: 200 })) as unknown as typeof fetch;

describe('managed policy', () => {
  it('applies defaults and drops bad entries instead of failing', () => {
    const policy = parseManagedPolicy({
      packUrls: ['https://packs.example/north.json', 'ftp://x', 42],
      trustedKeys: [testKey('team-lead').publicKey, 'not-a-key'],
      checkIntervalMinutes: 1,
      defaults: { companyName: 'Сигнал' },
    });
    expect(policy).toMatchObject({
      packUrls: ['https://packs.example/north.json'],
      trustedKeys: [testKey('team-lead').publicKey],
      requireSignature: true,
      checkIntervalMinutes: 360,
      allowOperatorPacks: true,
      defaults: { companyName: 'Сигнал' },
    });
    expect(parseManagedPolicy(undefined).packUrls).toEqual([]);
  });

  it('turns policy URLs into signed-only subscriptions and trusts the policy keys', async () => {
    await fakeBrowser.storage.managed.set({
      packUrls: ['http://127.0.0.1:9000/team.json'],
      trustedKeys: [testKey('team-lead').publicKey],
    });
    const policy = await loadManagedPolicy();
    await syncManagedSubscriptions(db, policy);
    expect(await loadSubscriptions()).toEqual([
      { url: 'http://127.0.0.1:9000/team.json', source: 'managed', requireSignature: true },
    ]);
    await savePackSettings({ trustedKeys: [testKey('stranger')] });
    expect((await trustedKeysNow()).map((k) => k.publicKey)).toEqual([
      testKey('team-lead').publicKey,
      testKey('stranger').publicKey,
    ]);

    const result = await checkSubscriptionNow(
      db,
      'http://127.0.0.1:9000/team.json',
      'ru',
      served(fixture('team-v1.signed.json')),
    );
    expect(result).toMatchObject({ status: 'installed' });
    expect((await db.packs.get('signal-team-north'))?.source).toBe('managed');
    expect((await loadSubscriptions())[0]?.lastCheck?.status).toBe('installed');

    // The policy drops the URL: the subscription and its pack go.
    await syncManagedSubscriptions(db, parseManagedPolicy({}));
    expect(await loadSubscriptions()).toEqual([]);
    expect(await db.packs.get('signal-team-north')).toBeUndefined();
  });

  it('rejects an unsigned pack from a signature-requiring subscription and says why', async () => {
    await addSubscription('http://127.0.0.1:9000/open.json', true);
    const result = await checkSubscriptionNow(
      db,
      'http://127.0.0.1:9000/open.json',
      'ru',
      served(fixture('team-v1.json')),
    );
    expect(result).toMatchObject({ status: 'rejected', reason: { code: 'unsigned' } });
    expect(await db.packs.count()).toBe(0);
  });
});

describe('ensureBuiltinPacks', () => {
  it('installs the built-in packs once, and removes them when policy says so', async () => {
    expect((await ensureBuiltinPacks(db, { now: 1 })).sort()).toEqual(['signal-en', 'signal-ru']);
    expect(await ensureBuiltinPacks(db, { now: 2 })).toEqual([]);
    expect(await db.templates.where('packId').equals('signal-ru').count()).toBeGreaterThan(15);

    // A newer built-in version updates; rolled back by the operator, it stays rolled back.
    const [ru] = BUILTIN_PACKS as [Record<string, unknown>];
    const next = {
      ...ru,
      version: '1.1.0',
      changelog: [{ version: '1.1.0', changes: ['Новое.'] }, ...(ru.changelog as unknown[])],
    };
    expect(await ensureBuiltinPacks(db, { packs: [next] })).toEqual(['signal-ru']);
    await rollbackPack(db, 'signal-ru');
    expect(await ensureBuiltinPacks(db, { packs: [next] })).toEqual([]);
    expect((await db.packs.get('signal-ru'))?.version).toBe('1.0.0');

    expect((await ensureBuiltinPacks(db, { disabled: true })).sort()).toEqual(['signal-en', 'signal-ru']);
    expect(await db.packs.count()).toBe(0);
  });
});
