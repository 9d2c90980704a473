import { describe, expect, it } from 'vitest';
import { normalizeSearchTerm, searchTermsOf } from '@/utils/subscriber/searchTerms';
import { stemRussian } from '@/utils/subscriber/stemRussian';

describe('stemRussian', () => {
  it('gives word forms of one word the same stem', () => {
    const forms = (words: string[]) => new Set(words.map(stemRussian));
    expect(forms(['перевод', 'перевода', 'переводом', 'переводе', 'переводы'])).toEqual(new Set(['перевод']));
    expect(forms(['перезвонить', 'перезвоню', 'перезвонил', 'перезвонила'])).toEqual(new Set(['перезвон']));
    expect(forms(['армейский', 'армейского', 'армейскому'])).toEqual(new Set(['армейск']));
    expect(forms(['вокзале', 'вокзалом', 'вокзалу'])).toEqual(new Set(['вокзал']));
  });

  it('matches the Snowball reference on its sample vocabulary', () => {
    // Pairs from snowballstem.org's Russian voc/output lists.
    const reference: [string, string][] = [
      ['абсолютно', 'абсолютн'],
      ['авдотьей', 'авдот'],
      ['благородная', 'благородн'],
      ['важнейшими', 'важн'],
      ['важности', 'важност'],
      ['вдохновения', 'вдохновен'],
      ['тихонько', 'тихоньк'],
    ];
    for (const [word, stem] of reference) expect(stemRussian(word), word).toBe(stem);
  });

  it('leaves short and non-Russian words alone', () => {
    expect(stemRussian('сын')).toBe('сын');
    expect(normalizeSearchTerm('Roaming')).toBe('roaming');
    expect(normalizeSearchTerm('я')).toBeNull();
    expect(normalizeSearchTerm('7')).toBe('7');
  });

  it('reads ё as е and ignores case', () => {
    expect(normalizeSearchTerm('Платёж')).toBe(normalizeSearchTerm('платеж'));
    expect(searchTermsOf('Нашёл ДРУГА, нашел друга')).toEqual(['нашел', 'друг']);
  });
});
