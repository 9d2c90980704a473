import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SuflerDb } from '@/utils/db/db';
import { acceptPack } from '@/utils/packs/acceptPack';
import { listTemplates } from '@/utils/packs/listTemplates';
import { overridePackTemplate, resolveOverride } from '@/utils/packs/personalTemplates';
import { removePack } from '@/utils/packs/removePack';
import { rollbackPack } from '@/utils/packs/rollbackPack';
import { dropTestDb, dumpDb, fixture, openTestDb, testKey } from './helpers';

let db: SuflerDb;
const url = {
  source: 'url' as const,
  requireSignature: true,
  trustedKeys: [testKey('team-lead')],
  lang: 'ru' as const,
};

beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => dropTestDb(db));

const ids = async () => (await listTemplates(db)).map((t) => t.id).sort();

describe('installing and updating packs', () => {
  it('installs, then updates in one step, keeping the previous version and showing what changed', async () => {
    const first = await acceptPack(db, fixture('team-v1.signed.json'), { ...url, now: 1 });
    expect(first).toMatchObject({
      ok: true,
      status: 'installed',
      version: '1.0.0',
      signature: { state: 'valid' },
    });
    expect(await ids()).toEqual([
      'signal-team-north/coverage-where',
      'signal-team-north/greeting',
      'signal-team-north/transfer-status',
    ]);

    const second = await acceptPack(db, fixture('team-v2.signed.json'), { ...url, now: 2 });
    expect(second).toMatchObject({ ok: true, status: 'updated', from: '1.0.0', version: '1.1.0' });
    if (second.ok) expect(second.changes.map((c) => c.version)).toEqual(['1.1.0']);
    expect(await ids()).toContain('signal-team-north/promised-payment-north');
    const row = await db.packs.get('signal-team-north');
    expect(row).toMatchObject({
      version: '1.1.0',
      source: 'url',
      signature: 'valid',
      previous: { version: '1.0.0' },
    });

    // The same document again changes nothing.
    const before = await dumpDb(db);
    expect(await acceptPack(db, fixture('team-v2.signed.json'), { ...url, now: 3 })).toMatchObject({
      status: 'unchanged',
    });
    expect(await dumpDb(db)).toBe(before);
  });

  it('rolls back with one call, and the rollback can be undone', async () => {
    await acceptPack(db, fixture('team-v1.signed.json'), url);
    await acceptPack(db, fixture('team-v2.signed.json'), url);
    const back = await rollbackPack(db, 'signal-team-north', 10);
    expect(back.version).toBe('1.0.0');
    expect(back.signature).toBe('valid');
    expect(await ids()).not.toContain('signal-team-north/promised-payment-north');
    expect((await rollbackPack(db, 'signal-team-north', 11)).version).toBe('1.1.0');
    expect(await ids()).toContain('signal-team-north/promised-payment-north');
  });

  it('refuses to go back a version or to change a version without renumbering it', async () => {
    await acceptPack(db, fixture('team-v2.signed.json'), url);
    const older = await acceptPack(db, fixture('team-v1.signed.json'), url);
    expect(older).toEqual({ ok: false, reason: { code: 'older_version', installedVersion: '1.1.0' } });
  });

  it('rejects a tampered update and keeps the installed version', async () => {
    await acceptPack(db, fixture('team-v1.signed.json'), url);
    const before = await dumpDb(db);
    const tampered = await acceptPack(db, fixture('team-v2.tampered.json'), url);
    expect(tampered.ok || tampered.reason.code).toBe('bad_signature');
    // A bad signature is refused even where signatures are optional (a file import).
    const asFile = await acceptPack(db, fixture('team-v2.tampered.json'), {
      ...url,
      source: 'file',
      requireSignature: false,
    });
    expect(asFile.ok || asFile.reason.code).toBe('bad_signature');
    expect(await dumpDb(db)).toBe(before);
  });

  it('accepts unsigned or unknown-key packs only where no signature is required', async () => {
    const unsigned = fixture('team-v1.json');
    expect((await acceptPack(db, unsigned, url)).ok).toBe(false);
    const file = await acceptPack(db, unsigned, { ...url, source: 'file', requireSignature: false });
    expect(file).toMatchObject({ ok: true, signature: { state: 'none' } });
    const stranger = await acceptPack(db, fixture('team-v2.signed.json'), {
      ...url,
      trustedKeys: [testKey('stranger')],
    });
    expect(stranger.ok || stranger.reason.code).toBe('untrusted_key');
  });

  it('keeps a policy pack from being replaced by a file', async () => {
    await acceptPack(db, fixture('team-v1.signed.json'), { ...url, source: 'managed' });
    const file = await acceptPack(db, fixture('team-v2.json'), {
      ...url,
      source: 'file',
      requireSignature: false,
    });
    expect(file.ok || file.reason.code).toBe('managed');
  });
});

describe('operator overrides across pack updates', () => {
  it('shows the override instead of the pack template until the pack changes it; then both, until chosen', async () => {
    await acceptPack(db, fixture('team-v1.signed.json'), url);
    const overrideId = await overridePackTemplate(db, 'signal-team-north/coverage-where', {
      title: 'Где пропадает связь (моя)',
      body: '{{customer.firstName|Здравствуйте}}, напишите адрес, где нет связи.',
      lang: 'ru',
    });
    let list = await listTemplates(db);
    expect(list.filter((t) => t.template.title.startsWith('Где пропадает')).map((t) => t.origin)).toEqual([
      'override',
    ]);
    expect(list.find((t) => t.id === overrideId)?.usageId).toBe('signal-team-north/coverage-where');

    // v2 changes that template: the operator's version is kept and both are shown.
    await acceptPack(db, fixture('team-v2.signed.json'), url);
    list = await listTemplates(db);
    const both = list.filter((t) => t.template.title.startsWith('Где пропадает'));
    expect(both.map((t) => [t.origin, t.conflict])).toEqual([
      ['override', true],
      ['pack', true],
    ]);

    await resolveOverride(db, overrideId, 'keep');
    list = await listTemplates(db);
    expect(list.filter((t) => t.template.title.startsWith('Где пропадает')).map((t) => t.origin)).toEqual([
      'override',
    ]);

    await resolveOverride(db, overrideId, 'pack');
    list = await listTemplates(db);
    expect(list.filter((t) => t.template.title.startsWith('Где пропадает')).map((t) => t.origin)).toEqual([
      'pack',
    ]);
  });

  it('keeps overrides as personal templates when the pack is removed', async () => {
    await acceptPack(db, fixture('team-v1.signed.json'), url);
    await overridePackTemplate(db, 'signal-team-north/greeting', {
      title: 'Моё приветствие',
      body: 'Добрый день!',
      lang: 'ru',
    });
    await removePack(db, 'signal-team-north');
    const list = await listTemplates(db);
    expect(list.map((t) => [t.template.title, t.orphan])).toEqual([['Моё приветствие', true]]);
  });
});
