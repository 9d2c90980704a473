import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SuflerDb } from '@/utils/db/db';
import { acceptPack } from '@/utils/packs/acceptPack';
import { createPersonalTemplate, overridePackTemplate } from '@/utils/packs/personalTemplates';
import { recordUsage, setFavourite } from '@/utils/packs/usage';
import { HOSTILE_EXPECTED } from '../../fixtures/packs/hostilePacks';
import { dropTestDb, dumpDb, FIXTURES, fixture, openTestDb, testKey } from './helpers';

const HOSTILE = resolve(FIXTURES, 'hostile');
const files = readdirSync(HOSTILE).filter((f) => f.endsWith('.json'));
const options = {
  source: 'url' as const,
  requireSignature: true,
  trustedKeys: [testKey('team-lead')],
  lang: 'ru' as const,
  now: 5000,
};

let db: SuflerDb;
let before: string;

beforeAll(async () => {
  db = await openTestDb();
  // A realistic installed state: the signed team pack, a personal template, an override, counts.
  const installed = await acceptPack(db, fixture('team-v1.signed.json'), { ...options, now: 1000 });
  expect(installed.ok).toBe(true);
  await createPersonalTemplate(
    db,
    { title: 'Мой ответ', body: 'Спасибо, {{customer.firstName|друг}}!', lang: 'ru' },
    { now: 2000 },
  );
  await overridePackTemplate(
    db,
    'signal-team-north/greeting',
    { title: 'Привет', body: 'Привет!', lang: 'ru' },
    { now: 3000 },
  );
  await recordUsage(db, ['signal-team-north/greeting'], 'inserted', 4000);
  await setFavourite(db, 'signal-team-north/coverage-where', true);
  before = await dumpDb(db);
});

afterAll(() => dropTestDb(db));

describe('the hostile pack corpus', () => {
  it('has at least 30 packs, each with a stated reason', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((f) => !HOSTILE_EXPECTED[f])).toEqual([]);
  });

  it.each(files)('%s is refused with a clear message and changes nothing stored', async (file) => {
    const expected = HOSTILE_EXPECTED[file]!;
    const result = await acceptPack(db, fixture(`hostile/${file}`), options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.code).toBe(expected.reason);
    if (result.reason.code === 'invalid') {
      const [first] = result.reason.issues;
      expect(first?.code).toBe(expected.issue);
      // Russian, with where the problem is.
      expect(first?.message).toMatch(/[а-яё]{3}/i);
      expect(first?.path).toMatch(/^\$/);
    }
    expect(await dumpDb(db)).toBe(before);
  });

  it('refuses a 20 MB pack before parsing it', async () => {
    const huge = `{"format":1,"id":"huge","templates":[${'"x",'.repeat(5_000_000)}"x"]}`;
    expect(huge.length).toBeGreaterThan(20_000_000);
    const result = await acceptPack(db, huge, options);
    expect(result.ok).toBe(false);
    if (!result.ok && result.reason.code === 'invalid') {
      expect(result.reason.issues[0]?.code).toBe('too_large');
      expect(result.reason.issues[0]?.message).toContain('МБ');
    }
    expect(await dumpDb(db)).toBe(before);
  });

  it('refuses more templates than a pack may hold', async () => {
    const template = { id: 't', title: 'Ответ', body: 'Текст ответа.', lang: 'ru' };
    const pack = {
      format: 1,
      id: 'too-many',
      name: 'Слишком много',
      version: '1.0.0',
      author: 'Тест',
      languages: ['ru'],
      templates: Array.from({ length: 20_001 }, (_, i) => ({ ...template, id: `t${i}` })),
    };
    const result = await acceptPack(db, JSON.stringify(pack), options);
    expect(result.ok).toBe(false);
    expect(await dumpDb(db)).toBe(before);
  });

  it('does not let a pack pollute object prototypes', async () => {
    await acceptPack(db, fixture('hostile/29-proto-pollution.json'), options);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
