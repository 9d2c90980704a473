import { describe, expect, it } from 'vitest';
import { analyseLine } from '../../../utils/verse/analyseLine';
import { numberToRussian } from '../../../utils/verse/numberToRussian';
import { tokenizeLine } from '../../../utils/verse/tokenizeLine';

const syllables = (text: string) => analyseLine(text, { lang: 'ru', lexicon: null, english: null }).syllables;

describe('tokenizeLine', () => {
  it('counts Russian syllables exactly, one per vowel letter', () => {
    expect(syllables('Я в лесу заблудился, и связи здесь нет,')).toBe(12);
    expect(syllables('Съешь же ещё этих мягких французских булок')).toBe(13);
    expect(syllables('Вьюга, объём, подъезд')).toBe(6);
  });

  it('reads digits as Russian words', () => {
    expect(numberToRussian('2')).toEqual(['два']);
    expect(numberToRussian('112')).toEqual(['сто', 'двенадцать']);
    expect(numberToRussian('21000')).toEqual(['двадцать', 'одна', 'тысяча']);
    expect(numberToRussian('89161234567')).toHaveLength(11);
  });

  it('reads a mixed token such as Tele2 as "теле два"', () => {
    expect(tokenizeLine('Я ухожу к Tele2', 'ru').map((w) => w.form)).toEqual([
      'я',
      'ухожу',
      'к',
      'теле',
      'два',
    ]);
    expect(syllables('Tele2')).toBe(3);
  });

  it('spells vowelless acronyms letter by letter with the stress on the last letter', () => {
    const words = tokenizeLine('Пришло СМС от МТС', 'ru');
    expect(words.map((w) => w.form)).toEqual(['пришло', 'эс', 'эм', 'эс', 'от', 'эм', 'тэ', 'эс']);
    expect(words[3]?.finalStress).toBe(true);
  });

  it('keeps a stress mark typed by the writer and splits hyphenated words', () => {
    const [word] = tokenizeLine('за́мок', 'ru');
    expect(word).toEqual({ form: 'замок', lang: 'ru', marked: 0 });
    expect(tokenizeLine('кто-то', 'ru').map((w) => w.form)).toEqual(['кто', 'то']);
  });

  it('ignores emoji and punctuation', () => {
    expect(tokenizeLine('😀 — «!» 🙏', 'ru')).toEqual([]);
    expect(syllables('Интернет опять пропал 😡')).toBe(7);
  });
});
