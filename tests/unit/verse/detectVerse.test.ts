import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectVerse } from '../../../utils/verse/detectVerse';
import type { DetectionSample } from '../../../utils/verse/evaluateVerseDetection';
import { loadRussianLexicon } from '../../../utils/verse/loadRussianLexicon';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/verse', name), 'utf8');
const samples = (JSON.parse(fixture('detection.json')) as { samples: DetectionSample[] }).samples;
const sample = (id: string) => samples.find((s) => s.id === id)?.text ?? '';

beforeAll(async () => {
  await loadRussianLexicon();
});

describe('detectVerse: schemes', () => {
  it('finds AABB, ABAB and ABBA quatrains', () => {
    expect(detectVerse(sample('ru-no-link-aabb'))).toMatchObject({ isVerse: true, scheme: 'AABB' });
    expect(detectVerse(sample('ru-transfer-abab'))).toMatchObject({ isVerse: true, scheme: 'ABAB' });
    expect(detectVerse(sample('ru-thanks-abba'))).toMatchObject({ isVerse: true, scheme: 'ABBA' });
  });

  it('finds a monorhyme and couplets', () => {
    const monorhyme =
      'Я звоню вам опять,\nНе могу дозвониться, понять,\nПочему мне не могут сказать,\nКогда связь будут вновь подключать.';
    expect(detectVerse(monorhyme).scheme).toBe('AAAA');
    const couplets =
      'Я звоню вам с утра,\nНе ловит сеть у костра.\nБатарея садится,\nНе могу дозвониться.\nВы пришлите ответ,\nГде тут ближний просвет.';
    expect(detectVerse(couplets).scheme).toBe('AABBCC');
  });

  it('gives each stanza its scheme and one scheme when they agree', () => {
    const mixed = `${sample('ru-transfer-abab')}\n\n${sample('ru-no-link-aabb')}`;
    const result = detectVerse(mixed);
    expect(result.scheme).toBe('ABAB AABB');
    expect(result.stanzas.map((s) => s.scheme)).toEqual(['ABAB', 'AABB']);
    // Letters of rhyme groups run on across stanzas.
    expect(result.lines.map((l) => l.rhymeGroup).join('')).toBe('ABABCCDD');
  });

  it('reports an unrhymed line with a letter of its own (ABCB)', () => {
    const abcb =
      'Мне ночью снился телефон,\nИ в нём — ни звука, ни гудка.\nЯ встал и вышел на крыльцо,\nА связь, как прежде, далека.';
    expect(detectVerse(abcb)).toMatchObject({ isVerse: true, scheme: 'ABCB' });
  });
});

describe('detectVerse: not verse', () => {
  it('rejects prose complaints, lists, addresses, greetings and repeated lines', () => {
    for (const id of [
      'complaint-internet-3days',
      'complaint-accidental-rhyme',
      'list-services',
      'list-dashes',
      'address-block',
      'greeting-lines',
      'repeated-hello',
      'repeated-question',
      'chat-log',
      'schedule',
      'ru-free-verse-windows',
    ]) {
      expect(detectVerse(sample(id)).isVerse, id).toBe(false);
    }
  });

  it('needs at least four lines, even rhymed ones', () => {
    expect(detectVerse(sample('short-two-lines')).isVerse).toBe(false);
    expect(detectVerse(sample('short-three-lines')).isVerse).toBe(false);
  });

  it('returns null for the scheme of text without rhyme', () => {
    expect(detectVerse(sample('complaint-internet-3days')).scheme).toBeNull();
  });
});

describe('detectVerse: damaged and hostile input', () => {
  it('recovers a poem whose line breaks were lost, or replaced by " / ", or CRLF', () => {
    for (const id of ['ru-joined-one-line', 'ru-slashes', 'ru-crlf']) {
      const result = detectVerse(sample(id));
      expect(result.isVerse, id).toBe(true);
      expect(result.lines, id).toHaveLength(4);
    }
  });

  it('never throws on empty text, emoji or a 5,000-line paste', () => {
    expect(detectVerse('')).toMatchObject({ isVerse: false, scheme: null, lines: [] });
    expect(detectVerse('😀🙏🌲\n🌲🌲').lines).toEqual([]);
    expect(detectVerse(undefined as unknown as string).isVerse).toBe(false);
    const paste = Array.from({ length: 5000 }, (_, i) => `Строка ${i}: текст жалобы без рифмы`).join('\n');
    const result = detectVerse(paste);
    expect(result.isVerse).toBe(false);
    expect(result.lines).toHaveLength(5000);
    // Lines past the analysis cap keep their syllable count but carry no stresses.
    expect(result.lines[4999]?.stress).toBeUndefined();
    expect(result.lines[4999]?.syllables).toBeGreaterThan(0);
  });

  it('analyses a long rhymed paste by its beginning', () => {
    const poems = samples.filter((s) => s.kind === 'rhymed' && s.lang === 'ru' && !/[\r/]/.test(s.text));
    const long = poems.map((s) => s.text.replace(/\n\n/g, '\n')).join('\n\n');
    const result = detectVerse(long);
    expect(result.lines.length).toBeGreaterThan(64);
    expect(result.isVerse).toBe(true);
    expect(result.lines[63]?.stress).toBeDefined();
    expect(result.lines[64]?.stress).toBeUndefined();
  });
});
