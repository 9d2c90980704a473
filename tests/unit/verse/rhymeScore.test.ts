import { beforeAll, describe, expect, it } from 'vitest';
import { analyseLine } from '../../../utils/verse/analyseLine';
import { loadRussianLexicon } from '../../../utils/verse/loadRussianLexicon';
import { bestRhymeScore, RHYME_THRESHOLD } from '../../../utils/verse/rhymeGroups';
import type { StressLexicon } from '../../../utils/verse/stressLexicon';

let lexicon: StressLexicon;
beforeAll(async () => {
  lexicon = await loadRussianLexicon();
});

function rhymes(a: string, b: string, withLexicon = true): boolean {
  const ctx = { lang: 'ru' as const, lexicon: withLexicon ? lexicon : null, english: null };
  return bestRhymeScore(analyseLine(a, ctx).endings, analyseLine(b, ctx).endings) >= RHYME_THRESHOLD;
}

describe('Russian rhyme on stressed endings', () => {
  it('accepts exact masculine and feminine rhymes', () => {
    expect(rhymes('и связи здесь нет', 'пропал интернет')).toBe(true);
    expect(rhymes('не доходит до вас', 'почти что погас')).toBe(true);
    expect(rhymes('все тропинки похожи', 'мороз по коже')).toBe(true);
  });

  it('rejects endings that differ after the stressed vowel, or in the stressed vowel', () => {
    expect(rhymes('в лесу', 'на весу ночь')).toBe(false);
    expect(rhymes('тёмный лес', 'много лет')).toBe(false);
    expect(rhymes('мой телефон', 'твой интернет')).toBe(false);
  });

  it('hears final devoicing and voicing pairs: год / кот, сад / взгляд', () => {
    expect(rhymes('целый год', 'рыжий кот')).toBe(true);
    expect(rhymes('зелёный сад', 'твой взгляд')).toBe(true);
  });

  it('needs the support consonant in open masculine rhymes', () => {
    expect(rhymes('без огня', 'у меня')).toBe(true);
    expect(rhymes('без огня', 'в два дня')).toBe(true);
    expect(rhymes('без огня', 'наша земля')).toBe(false);
  });

  it('treats й and reduced vowels after the stress as approximate: пленный / вселенной', () => {
    expect(rhymes('узник пленный', 'творец вселенной')).toBe(true);
    expect(rhymes('новые стихи', 'власть стихий')).toBe(true);
  });

  it('reads -тся / -ться and -ого as they sound', () => {
    expect(rhymes('он учится', 'всё случится')).toBe(true);
    expect(rhymes('прожитого', 'снова')).toBe(true);
  });

  it('rhymes a mixed token by its reading: Tele2 = "теле два" / едва', () => {
    expect(rhymes('Я ухожу от вас к Tele2', 'Я это говорю едва')).toBe(true);
    expect(rhymes('Пришло мне СМС', 'До самых небес')).toBe(true);
  });

  it('lets an unknown word rhyme under another plausible stress', () => {
    // Neither word is in the rules-only reading; the alternatives still find the rhyme.
    expect(rhymes('я совсем заблудился', 'мне такое приснился', false)).toBe(true);
  });
});
