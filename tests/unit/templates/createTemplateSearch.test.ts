import { describe, expect, it } from 'vitest';
import { stemRussian } from '@/utils/subscriber/stemRussian';
import { correctTypo } from '@/utils/templates/correctTypo';
import { createTemplateSearch, type SearchableTemplate } from '@/utils/templates/createTemplateSearch';
import { TermVocabulary } from '@/utils/templates/termVocabulary';
import { fixtureJson } from '../packs/helpers';

interface Raw {
  id: string;
  title: string;
  body: string;
  tags?: string[];
  shortcut?: string;
}

/** The built-in packs' templates, as the picker indexes them. */
function builtins(): SearchableTemplate[] {
  const load = (file: string, pack: string) =>
    ((fixtureJson(`../../../packs/${file}`).templates ?? []) as Raw[]).map((t) => ({
      id: `${pack}/${t.id}`,
      title: t.title,
      body: t.body,
      tags: t.tags ?? [],
      shortcut: t.shortcut,
    }));
  return [...load('signal.ru.json', 'signal-ru'), ...load('signal.en.json', 'signal-en')];
}

const search = createTemplateSearch(builtins());
const top = (query: string, n = 3) => search.search(query).slice(0, n);

describe('stemRussian', () => {
  it('brings word forms together', () => {
    const same = (words: string[]) => new Set(words.map(stemRussian)).size;
    expect(same(['перевод', 'перевода', 'переводом', 'переводы'])).toBe(1);
    expect(same(['заблудились', 'заблудился', 'заблудилась'])).toBe(1);
    expect(same(['покрытие', 'покрытия', 'покрытием'])).toBe(1);
    expect(same(['девушка', 'девушке', 'девушку'])).toBe(1);
  });
});

describe('template search', () => {
  it('finds Russian templates by other word forms', () => {
    expect(top('переводом')).toContain('signal-ru/transfer-delayed');
    expect(top('заблудились в лесу')).toContain('signal-ru/crisis-lost-forest');
    expect(top('извинений девушке')).toContain('signal-ru/apology-pass-on');
  });

  it('forgives typos and ё/е', () => {
    expect(top('первод')).toContain('signal-ru/transfer-delayed');
    expect(top('обещаный платеж')).toContain('signal-ru/promised-payment');
    expect(top('ребенок')).toContain('signal-ru/crisis-child');
  });

  it('matches the word being typed as a prefix', () => {
    expect(top('предлож')).toContain('signal-ru/proposal-sms');
    expect(top('covera')).toContain('signal-en/coverage-complaint');
  });

  it('searches English too', () => {
    expect(top('stranded highway')).toContain('signal-en/stranded-highway');
    expect(top('apologies')).toContain('signal-en/apology-pass-on');
  });

  it('puts the template whose shortcut was typed first', () => {
    expect(search.search('оп')[0]).toBe('signal-ru/promised-payment');
  });

  it('respects filters and lifts favourites and recent use', () => {
    const only = new Set(['signal-ru/coverage-complaint', 'signal-ru/coverage-checked']);
    expect(search.search('связь', { only }).every((id) => only.has(id))).toBe(true);
    const plain = search.search('связь');
    const last = plain[plain.length - 1]!;
    const lifted = search.search('связь', { favourites: new Set([last]) });
    expect(lifted.indexOf(last)).toBeLessThan(plain.indexOf(last));
    const browse = search.search('', { lastUsed: new Map([['signal-en/closing-care', 1000]]), limit: 5 });
    expect(browse[0]).toBe('signal-en/closing-care');
    expect(browse).toHaveLength(5);
  });

  it('returns nothing for words no template has', () => {
    expect(search.search('ипотека квартира')).toEqual([]);
  });
});

describe('correctTypo', () => {
  it('suggests the far more frequent indexed word one edit away', () => {
    const vocabulary = new TermVocabulary();
    for (let i = 0; i < 50; i++) vocabulary.add('перевод');
    vocabulary.add('переход');
    expect(correctTypo('первод', vocabulary)).toBe('перевод');
    expect(correctTypo('переход', vocabulary)).toBe('перевод');
    expect(correctTypo('перевод', vocabulary)).toBeNull();
    expect(correctTypo('лес', vocabulary)).toBeNull();
    expect(correctTypo('ипотека', vocabulary)).toBeNull();
    expect(vocabulary.complete('пере', 1)).toEqual(['перевод']);
  });
});
