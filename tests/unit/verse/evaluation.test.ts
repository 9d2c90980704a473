import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRifma } from '../../../utils/verse/evaluateRifma';
import { type DetectionSample, evaluateVerseDetection } from '../../../utils/verse/evaluateVerseDetection';
import { isHeldOut, type RifmaEntry } from '../../../utils/verse/rifma';

const quatrain = (markup: string, scheme: string): RifmaEntry => ({
  poem_text: markup.replace(/\u0301/g, ''),
  accentuation_markup: markup,
  rhyme_scheme: scheme,
});

// Entry 0 and 5 are held out; 1–4 teach the lexicon.
const entries: RifmaEntry[] = [
  quatrain('Я звоню́ вам опя́ть,\nНа ду́ше тяжело́,\nНе могу́ дозвони́ться,\nВсё в снегу́ замело́.', '-A-A'),
  quatrain('Мне сказа́ли опя́ть,\nЧто сего́дня светло́.', 'AB'),
  quatrain('Не могу́ дозвони́ться,\nМне не на́до боя́ться.', '--'),
  quatrain('На ду́ше тяжело́', '-'),
  quatrain('Всё в снегу́ замело́', '-'),
  quatrain('Мне сказа́ли опя́ть:\nПодожди́те, не спи́те,\nНам не на́до понять,\nВы спаси́бо скажи́те.', 'ABAB'),
];

describe('evaluateRifma', () => {
  it('splits by index and measures rhyme pairs and quatrain schemes on the held-out part', () => {
    expect(entries.map((_, i) => isHeldOut(i))).toEqual([true, false, false, false, false, true]);
    const result = evaluateRifma({ entries });
    expect(result.heldOutEntries).toBe(2);
    expect(result.quatrains).toBe(2);
    expect(result.rhymeF1).toBe(1);
    expect(result.schemeAccuracy).toBe(1);
    expect(result.heuristicRhymeF1).toBeGreaterThan(0);
  });
});

describe('evaluateVerseDetection', () => {
  it('counts verse as the positive class and lists the errors', () => {
    const samples: DetectionSample[] = [
      {
        id: 'v',
        label: 'verse',
        kind: 'rhymed',
        text: 'Третий день пропала связь,\nЯ звоню вам, не таясь:\nГде мой быстрый интернет?\nПочему ответа нет?',
      },
      {
        id: 'p',
        label: 'not_verse',
        kind: 'prose',
        text: 'Здравствуйте!\nНет интернета.\nПочините.\nСпасибо.',
      },
      { id: 'miss', label: 'verse', kind: 'rhymed', text: 'Одна строка' },
    ];
    const result = evaluateVerseDetection(samples, { lexicon: null });
    expect(result).toMatchObject({ precision: 1, recall: 0.5, samples: 3 });
    expect(result.f1).toBeCloseTo(2 / 3);
    expect(result.errors).toEqual([{ id: 'miss', kind: 'rhymed', expected: true }]);
  });
});

describe('fixtures', () => {
  const read = (name: string) => readFileSync(join(process.cwd(), name), 'utf8');

  it('the detection set has at least 60 hard prose negatives and credits RIFMA', () => {
    const doc = JSON.parse(read('tests/fixtures/verse/detection.json')) as {
      credits: string;
      samples: DetectionSample[];
    };
    expect(doc.samples.filter((s) => s.kind === 'prose').length).toBeGreaterThanOrEqual(60);
    expect(doc.samples.filter((s) => s.kind === 'rifma').length).toBe(30);
    expect(doc.credits).toContain('RIFMA');
    expect(new Set(doc.samples.map((s) => s.id)).size).toBe(doc.samples.length);
  });

  it('the shipped lexicon says where it comes from', () => {
    const lexicon = JSON.parse(read('utils/verse/lexicon.ru.json')) as { source: string; licence: string };
    expect(lexicon.source).toContain('RIFMA');
    expect(lexicon.licence).toContain('MIT');
  });
});
