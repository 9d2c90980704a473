import { describe, expect, it } from 'vitest';
import {
  evaluatePii,
  isInnValid,
  isLuhnValid,
  isSnilsValid,
  piiCorpusSchema,
  spansMatch,
} from '../../../utils/privacy/index';
import corpusJson from '../../fixtures/pii/corpus.json';
import writer1Json from '../../fixtures/pii/corpus-writer-1.json';
import writer2Json from '../../fixtures/pii/corpus-writer-2.json';
import writer3Json from '../../fixtures/pii/corpus-writer-3.json';

const corpus = piiCorpusSchema.parse(corpusJson);
// Written blind by three other writers; all have since been read to find concepts.
const writers = {
  'corpus-writer-1': piiCorpusSchema.parse(writer1Json),
  'corpus-writer-2': piiCorpusSchema.parse(writer2Json),
  'corpus-writer-3': piiCorpusSchema.parse(writer3Json),
};
const CHECKSUMMED = ['CARD', 'SNILS', 'INN', 'IMEI', 'ICCID'] as const;

describe('PII corpus', () => {
  it('has at least 400 labelled spans of every type and 200 hard negatives', () => {
    const spans = corpus.flatMap((m) => m.spans);
    expect(spans.length).toBeGreaterThanOrEqual(400);
    expect(new Set(spans.map((s) => s.type)).size).toBe(11);
    expect(corpus.reduce((n, m) => n + (m.negatives?.length ?? 0), 0)).toBeGreaterThanOrEqual(200);
  });

  it('labels only checksum-valid identifiers, and no hard negative passes its checksum', () => {
    for (const m of corpus) {
      for (const s of m.spans) {
        expect(s.end).toBeLessThanOrEqual(m.text.length);
        const digits = m.text.slice(s.start, s.end).replace(/\D/g, '');
        if (s.type === 'CARD' || s.type === 'IMEI' || s.type === 'ICCID')
          expect(isLuhnValid(digits)).toBe(true);
        if (s.type === 'SNILS') expect(isSnilsValid(digits)).toBe(true);
        if (s.type === 'INN') expect(isInnValid(digits)).toBe(true);
      }
      for (const n of m.negatives ?? []) {
        const digits = m.text.slice(n.start, n.end).replace(/\D/g, '');
        if (['badcard', 'badimei', 'badiccid'].includes(n.kind)) expect(isLuhnValid(digits)).toBe(false);
        if (n.kind === 'badsnils') expect(isSnilsValid(digits)).toBe(false);
        if (n.kind === 'badinn') expect(isInnValid(digits)).toBe(false);
      }
    }
  });
});

describe('evaluatePii', () => {
  it('matches spans of one type overlapping by half their union', () => {
    expect(spansMatch({ type: 'PHONE', start: 0, end: 10 }, { type: 'PHONE', start: 1, end: 10 })).toBe(true);
    expect(spansMatch({ type: 'PHONE', start: 0, end: 10 }, { type: 'CARD', start: 0, end: 10 })).toBe(false);
    expect(spansMatch({ type: 'PHONE', start: 0, end: 10 }, { type: 'PHONE', start: 0, end: 25 })).toBe(
      false,
    );
  });

  it('counts misses and false positives', () => {
    const ev = evaluatePii([
      { text: 'Номер 8 916 123-45-67', spans: [{ type: 'PHONE', start: 6, end: 21 }] },
      {
        text: 'Меня зовут Анна',
        spans: [
          { type: 'NAME', start: 11, end: 15 },
          { type: 'EMAIL', start: 0, end: 5 },
        ],
      },
      { text: 'ИНН 7707083893', spans: [] },
    ]);
    expect(ev.overall).toMatchObject({ gold: 3, predicted: 3, truePositives: 2 });
    expect(ev.perType.EMAIL?.recall).toBe(0);
    expect(ev.perType.INN?.precision).toBe(0);
    expect(ev.leaked).toBe(1);
  });

  it('finds every checksum-valid identifier in the corpus and keeps precision at 97 % or more', () => {
    const ev = evaluatePii(corpus);
    for (const t of CHECKSUMMED) expect(ev.perType[t]?.recall, t).toBe(1);
    expect(ev.overall.precision).toBeGreaterThanOrEqual(0.97);
    expect(ev.overall.recall).toBeGreaterThanOrEqual(0.99);
    expect(ev.negativesHit).toBe(0);
  });

  it.each(Object.entries(writers))('holds its budgets on %s, written by someone else', (_, messages) => {
    const ev = evaluatePii(messages);
    for (const t of CHECKSUMMED) expect(ev.perType[t]?.recall, t).toBe(1);
    expect(ev.overall.recall).toBeGreaterThanOrEqual(0.99);
    expect(ev.overall.precision).toBeGreaterThanOrEqual(0.97);
  });
});
