import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianLexicon } from '../../../utils/verse/loadRussianLexicon';
import { getRussianLexicon, setRussianLexicon } from '../../../utils/verse/russianLexicon';
import { scoreVerseReply } from '../../../utils/verse/scoreVerseReply';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/verse', name), 'utf8');
const complaint = fixture('forest-complaint.ru.txt');
const reply = fixture('forest-reply.ru.txt');

beforeAll(async () => {
  await loadRussianLexicon();
});

describe('scoreVerseReply', () => {
  it('scores the demo reply high, with no defects, against the AABB anapest target', () => {
    const result = scoreVerseReply(complaint, reply);
    expect(result.score).toBeGreaterThanOrEqual(0.95);
    expect(result.defects).toEqual([]);
    expect(result.scheme).toBe('AABB');
    expect(result.target).toEqual({
      scheme: 'AABB',
      stanzaLines: 4,
      syllables: [12, 12, 12, 12],
      meter: 'anapest',
    });
    expect(result.lines).toHaveLength(8);
  });

  it('names the broken rhyme pair and the overlong line', () => {
    const broken = reply
      .replace('уйдёт пять минут.', 'уйдёт полчаса.')
      .replace(
        'Назовите нам место — деревню, ручей,',
        'Назовите, пожалуйста, место, где вы находитесь сейчас,',
      );
    const result = scoreVerseReply(complaint, broken);
    expect(result.score).toBeLessThan(0.85);
    const rhyme = result.defects.filter((d) => d.kind === 'rhyme');
    expect(rhyme.map((d) => d.line)).toEqual([2, 4]);
    expect(rhyme[0]?.message).toBe(
      'Lines 1 and 2 should rhyme (AABB) but end in «тут» and «полчаса», which do not rhyme.',
    );
    expect(rhyme[0]?.messageRu).toContain('Строки 1 и 2 должны рифмоваться (AABB)');
    const syllables = result.defects.filter((d) => d.kind === 'syllables');
    expect(syllables.map((d) => d.line)).toEqual([3]);
    expect(syllables[0]?.message).toBe("Line 3 has 18 syllables; the customer's lines have 12 (±1 allowed).");
    expect(syllables[0]?.messageRu).toBe('В строке 3 18 слогов, а в строках клиента 12 (допустимо ±1).');
    expect(result.defects.some((d) => d.kind === 'meter' && d.line === 3)).toBe(true);
  });

  it('flags a reply that is not made of whole stanzas', () => {
    const sixLines = reply.split('\n').slice(0, 7).join('\n');
    const result = scoreVerseReply(complaint, sixLines);
    const count = result.defects.find((d) => d.kind === 'line_count');
    expect(count?.message).toContain('The reply has 6 lines');
    expect(count?.message).toContain('4-line stanzas (AABB)');
  });

  it('flags a repeated word instead of a rhyme', () => {
    const lazy = reply.replace('пять минут.', 'пять минут, мы тут.');
    const result = scoreVerseReply(complaint, lazy);
    expect(result.defects.find((d) => d.kind === 'rhyme')?.message).toContain(
      'both end in the same word «тут»',
    );
  });

  it('marks a prose answer as not verse and scores it low', () => {
    const prose =
      'Здравствуйте! Назовите, пожалуйста, номер и место, где вы находитесь. Мы проверим покрытие.';
    const result = scoreVerseReply(complaint, prose);
    expect(result.defects[0]?.kind).toBe('not_verse');
    expect(result.score).toBeLessThan(0.3);
  });

  it('measures a candidate against itself when the customer wrote prose', () => {
    const result = scoreVerseReply('Здравствуйте, у меня нет связи в лесу.', reply);
    expect(result.target).toBeNull();
    expect(result.defects).toEqual([]);
    expect(result.score).toBeGreaterThan(0.9);
  });

  it('reuses the customer analysis only while the dictionaries stay the same', () => {
    expect(scoreVerseReply(complaint, reply).target?.meter).toBe('anapest');
    const loaded = getRussianLexicon();
    setRussianLexicon(null);
    // Rules alone misplace too many stresses to name the metre: the cached analysis is not used.
    expect(scoreVerseReply(complaint, reply).target?.meter).toBeUndefined();
    setRussianLexicon(loaded);
    expect(scoreVerseReply(complaint, reply).target?.meter).toBe('anapest');
  });
});
