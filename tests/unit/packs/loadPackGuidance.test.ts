import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SuflerDb } from '@/utils/db/db';
import { ensureBuiltinPacks } from '@/utils/packs/ensureBuiltinPacks';
import { loadPackGuidance } from '@/utils/packs/loadPackGuidance';
import { dropTestDb, openTestDb } from './helpers';

let db: SuflerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => dropTestDb(db));

describe('loadPackGuidance', () => {
  it('gives the voice guide, playbooks and authority options of installed packs, per language', async () => {
    await ensureBuiltinPacks(db);
    const ru = await loadPackGuidance(db, 'ru');
    expect(ru.voiceGuides.map((v) => [v.packId, v.lang])).toEqual([['signal-ru', 'ru']]);
    expect(ru.playbooks.find((p) => p.crises.includes('stranded'))?.title).toBe('Застряли на трассе');
    expect(ru.authority.every((a) => a.lang === 'ru')).toBe(true);
    const all = await loadPackGuidance(db);
    expect(all.playbooks).toHaveLength(8);
  });
});
