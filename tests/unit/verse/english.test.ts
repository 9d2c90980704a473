import { afterEach, describe, expect, it } from 'vitest';
import { detectVerse } from '../../../utils/verse/detectVerse';
import { getEnglishDictionary, setEnglishDictionary } from '../../../utils/verse/englishDictionary';
import { englishWord } from '../../../utils/verse/englishWord';
import { loadEnglishDictionary } from '../../../utils/verse/loadEnglishDictionary';

const poem = `Roses are red, my bill is blue,
I don't know what I'm paying to.
Please check my plan and tell me why
The charges keep on climbing high.`;

// A few CMU entries, enough for the poem's line ends.
const small = {
  blue: 'B L UW1',
  to: 'T UW1',
  why: 'W AY1',
  high: 'HH AY1',
  signal: 'S IH1 G N AH0 L',
  network: 'N EH1 T W ER2 K',
};

afterEach(() => setEnglishDictionary(null));

describe('English verse', () => {
  it('takes syllables, stress and rhyme from the pronouncing dictionary', () => {
    const word = englishWord('signal', small);
    expect(word).toMatchObject({ syllables: 2, stress: 0, pattern: [2, 0] });
    expect(word.ending).toMatchObject({ vowel: 'IH', tail: 'gnəl', post: 1 });
  });

  it('falls back to spelling rules without the dictionary', () => {
    expect(englishWord('time', null).syllables).toBe(1);
    expect(englishWord('rhyme', null).ending?.vowel).toBe(englishWord('time', null).ending?.vowel);
    expect(englishWord('weather', null).syllables).toBe(2);
  });

  it('detects an AABB poem with an injected dictionary', () => {
    expect(detectVerse(poem, { englishDictionary: null }).scheme).not.toBe('AABB');
    setEnglishDictionary(small);
    expect(detectVerse(poem)).toMatchObject({ isVerse: true, scheme: 'AABB', language: 'en' });
  });

  it('loads the CMU dictionary on demand only', async () => {
    expect(getEnglishDictionary()).toBeNull();
    const dictionary = await loadEnglishDictionary();
    expect(dictionary.rhyme).toBe('R AY1 M');
    expect(getEnglishDictionary()).toBe(dictionary);
    expect(detectVerse(poem).scheme).toBe('AABB');
  });
});
