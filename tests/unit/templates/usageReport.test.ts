import { describe, expect, it } from 'vitest';
import { summarizeUsage } from '@/utils/templates/summarizeUsage';
import { parseUsageReport, type UsageReport, usageReportToCsv } from '@/utils/templates/usageReport';
import { validatePack } from '@/utils/templates/validatePack';
import { wasEdited } from '@/utils/templates/wasEdited';
import { fixture } from '../packs/helpers';

const anna: UsageReport = {
  format: 'sufler-usage',
  version: 1,
  exportedAt: '2025-11-25T10:00:00.000Z',
  rows: [
    {
      templateId: 'signal-team-north/transfer-status',
      packId: 'signal-team-north',
      packVersion: '1.0.0',
      shown: 20,
      inserted: 10,
      insertedEdited: 5,
      discarded: 2,
    },
    {
      templateId: 'signal-team-north/greeting',
      packId: 'signal-team-north',
      shown: 4,
      inserted: 4,
      insertedEdited: 0,
      discarded: 0,
    },
  ],
};
const igor: UsageReport = {
  ...anna,
  rows: [
    {
      templateId: 'signal-team-north/transfer-status',
      packId: 'signal-team-north',
      shown: 10,
      inserted: 2,
      insertedEdited: 0,
      discarded: 5,
    },
  ],
};

describe('usage exports', () => {
  it('round-trip through CSV', () => {
    const csv = usageReportToCsv(anna);
    expect(csv.split('\n')[0]).toBe(
      'template_id,pack_id,pack_version,shown,inserted,inserted_edited,discarded',
    );
    expect(parseUsageReport(csv).rows).toEqual(anna.rows);
    expect(parseUsageReport(JSON.stringify(anna))).toEqual(anna);
  });

  it('refuse files that are not usage exports', () => {
    expect(() => parseUsageReport('name,phone\nИван,+79161234567\n')).toThrow(/not a Sufler usage export/);
    expect(() => parseUsageReport('{"format":"other"}')).toThrow();
  });

  it('add up several operators, most inserted first, with titles and unused templates', () => {
    const result = validatePack(fixture('team-v1.json'));
    if (!result.ok) throw new Error('fixture');
    const summary = summarizeUsage([anna, igor], result.pack);
    expect(summary.templates[0]).toMatchObject({
      templateId: 'signal-team-north/transfer-status',
      title: 'Проверю перевод и напишу',
      operators: 2,
      shown: 30,
      inserted: 12,
      insertedEdited: 5,
      discarded: 7,
      insertRate: 0.4,
      editRate: 0.417,
    });
    expect(summary.unused).toEqual(['signal-team-north/coverage-where']);
  });
});

describe('wasEdited', () => {
  it('tells an edit from text typed around the template', () => {
    const inserted = 'Подключаю обещанный платёж на 300 ₽.';
    expect(wasEdited(inserted, `Сергей,  ${inserted}\nЕщё вопросы?`)).toBe(false);
    expect(wasEdited(inserted, 'Подключаю обещанный платёж на 500 ₽.')).toBe(true);
  });
});
