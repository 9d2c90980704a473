import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SuflerDb } from '@/utils/db/db';
import { acceptPack } from '@/utils/packs/acceptPack';
import { exportUsage } from '@/utils/packs/exportUsage';
import { listTemplates } from '@/utils/packs/listTemplates';
import {
  createPersonalTemplate,
  deletePersonalTemplate,
  duplicateTemplate,
  TemplateSaveError,
  updatePersonalTemplate,
} from '@/utils/packs/personalTemplates';
import { recordUsage, setFavourite } from '@/utils/packs/usage';
import { dropTestDb, fixture, openTestDb } from './helpers';

let db: SuflerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => dropTestDb(db));

describe('personal templates', () => {
  it('creates, edits, duplicates and deletes', async () => {
    const row = await createPersonalTemplate(db, {
      title: 'Перезвоню по переводу',
      body: '{{customer.firstName|Здравствуйте}}, перезвоню вам {{field.when}}.',
      lang: 'ru',
      tags: ['перевод'],
      fields: [{ id: 'when', label: 'Когда', type: 'date', default: 'tomorrow' }],
    });
    expect(row.id).toMatch(/^personal\/[0-9a-f]{32}$/);
    await updatePersonalTemplate(db, row.id, { title: 'Перезвоню', body: 'Перезвоню завтра.', lang: 'ru' });
    const copy = await duplicateTemplate(db, row.id, 'Перезвоню (копия)');
    const titles = (await listTemplates(db)).map((t) => t.template.title).sort();
    expect(titles).toEqual(['Перезвоню', 'Перезвоню (копия)']);
    await deletePersonalTemplate(db, copy.id);
    expect((await listTemplates(db)).map((t) => t.id)).toEqual([row.id]);
  });

  it('reports unknown variables when saving, in the operator’s language', async () => {
    const error = await createPersonalTemplate(
      db,
      {
        title: 'Ошибка',
        body: 'Здравствуйте, {{customer.frstName}}! {{field.x}}',
        lang: 'ru',
        shortcut: 'два слова',
      },
      { lang: 'ru' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateSaveError);
    expect((error as TemplateSaveError).schemaErrors).toEqual([
      'shortcut: сокращение — одно слово, можно начать с «;» или «/»',
    ]);
    const fixed = await createPersonalTemplate(db, {
      title: 'Ошибка',
      body: 'Здравствуйте, {{customer.frstName}}!',
      lang: 'ru',
    }).catch((e: unknown) => e);
    expect((fixed as TemplateSaveError).issues.map((i) => [i.code, i.subject])).toEqual([
      ['unknown_variable', 'customer.frstName'],
    ]);
    expect(await db.templates.count()).toBe(0);
  });

  it('never deletes a pack template', async () => {
    await acceptPack(db, fixture('team-v1.json'), {
      source: 'file',
      requireSignature: false,
      trustedKeys: [],
    });
    await expect(deletePersonalTemplate(db, 'signal-team-north/greeting')).rejects.toThrow();
  });
});

describe('usage counts', () => {
  it('counts events and favourites, and exports counts of team templates only, with no text', async () => {
    await acceptPack(db, fixture('team-v1.json'), {
      source: 'file',
      requireSignature: false,
      trustedKeys: [],
    });
    const mine = await createPersonalTemplate(db, {
      title: 'Секретный ответ',
      body: 'Личный текст оператора',
      lang: 'ru',
    });
    const greeting = 'signal-team-north/greeting';
    await recordUsage(db, [greeting, 'signal-team-north/coverage-where'], 'shown', 1);
    await recordUsage(db, [greeting], 'inserted', 2);
    await recordUsage(db, [greeting], 'insertedEdited', 3);
    await recordUsage(db, ['signal-team-north/coverage-where'], 'discarded', 4);
    await recordUsage(db, [mine.id], 'inserted', 5);
    await setFavourite(db, greeting, true);
    expect(await db.usage.get(greeting)).toMatchObject({
      shown: 1,
      inserted: 1,
      insertedEdited: 1,
      favourite: 1,
      lastUsedAt: 2,
    });

    const report = await exportUsage(db, Date.UTC(2025, 10, 25));
    expect(report.exportedAt).toBe('2025-11-25T00:00:00.000Z');
    expect(report.rows).toEqual([
      {
        templateId: 'signal-team-north/coverage-where',
        packId: 'signal-team-north',
        packVersion: '1.0.0',
        shown: 1,
        inserted: 0,
        insertedEdited: 0,
        discarded: 1,
      },
      {
        templateId: greeting,
        packId: 'signal-team-north',
        packVersion: '1.0.0',
        shown: 1,
        inserted: 1,
        insertedEdited: 1,
        discarded: 0,
      },
    ]);
    const text = JSON.stringify(report);
    expect(text).not.toContain('Личный текст');
    expect(text).not.toContain('Секретный');
  });
});
