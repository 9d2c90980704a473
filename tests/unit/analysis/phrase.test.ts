import { describe, expect, it } from 'vitest';
import { compileLexicon, findHits } from '../../../utils/analysis/lexicon';
import { parsePhrase } from '../../../utils/analysis/phrase';
import { tokenize } from '../../../utils/analysis/tokenize';

const matches = (pattern: string, text: string) =>
  findHits(compileLexicon([{ p: pattern }]), tokenize(text)).map((h) => [h.from, h.to]);

describe('tokenize', () => {
  it('normalises case, ё and apostrophes and keeps offsets', () => {
    const text = 'Ёлки, I don’t know!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['елки', 'i', 'dont', 'know']);
    expect(text.slice(tokens[0]!.start, tokens[0]!.end)).toBe('Ёлки');
  });

  it('splits sentences and clauses, including at conjunctions', () => {
    const [a, b, c, d] = tokenize('Заблудились, телефон. Помогите и');
    expect(a!.clause).not.toBe(b!.clause);
    expect(b!.sentence).not.toBe(c!.sentence);
    expect(d!.clause).not.toBe(c!.clause);
  });
});

describe('phrase patterns', () => {
  it('matches stems, alternatives and numbers', () => {
    expect(matches('волну*', 'Я очень волнуюсь')).toEqual([[2, 3]]);
    expect(matches('баланс .. ноль/нулев*', 'баланс у меня нулевой')).toEqual([[0, 4]]);
    expect(matches('телефон .. # %', 'телефон на 5%')).toEqual([[0, 4]]);
  });

  it('allows gaps only where `..` says, and never across sentences', () => {
    expect(matches('не хочу жить', 'не хочу больше жить')).toEqual([]);
    expect(matches('не хочу .. жить', 'не хочу больше жить')).toEqual([[0, 4]]);
    expect(matches('не хочу .. жить', 'Не хочу. Жить тут скучно')).toEqual([]);
  });

  it('rejects an empty pattern', () => {
    expect(() => parsePhrase('  ..  ')).toThrow();
  });
});
