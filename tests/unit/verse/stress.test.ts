import { beforeAll, describe, expect, it } from 'vitest';
import { deriveStressLexicon, mergeLexiconEntries } from '../../../utils/verse/deriveStressLexicon';
import { loadRussianLexicon } from '../../../utils/verse/loadRussianLexicon';
import { getRussianLexicon, setRussianLexicon } from '../../../utils/verse/russianLexicon';
import { parseStressLexicon, type StressLexicon } from '../../../utils/verse/stressLexicon';
import { ruleStress } from '../../../utils/verse/stressRules';
import { stressRussianWord } from '../../../utils/verse/stressRussianWord';

describe('stress rules', () => {
  it('always stresses ё', () => {
    expect(ruleStress('берёза')).toEqual({ stress: 1, source: 'yo' });
    expect(stressRussianWord('всё', null).stress).toBe(0);
    expect(stressRussianWord('пришёл', null)).toMatchObject({ stress: 1, source: 'yo' });
  });

  it('knows stable suffixes', () => {
    expect(ruleStress('подключение').stress).toBe(2); // подключе́ние
    expect(ruleStress('операция').stress).toBe(2); // опера́ция
    expect(ruleStress('расписывать').stress).toBe(1); // распи́сывать
  });
});

describe('stress lexicon', () => {
  const markup = 'За́йку бро́сила хозя́йка —\nПод дождё́м оста́лся за́йка.\nИ ру́ки, ру́ки, руки́, руки́ и ру́ки.';
  let lexicon: StressLexicon;

  beforeAll(() => {
    lexicon = parseStressLexicon({ entries: deriveStressLexicon([markup]) });
  });

  it('derives word → stressed vowel from RIFMA markup', () => {
    expect(deriveStressLexicon(['Схлестну́лись Бо́г и Сатана́'])).toBe('и0 сатана3 схлестнулись2');
    expect(lexicon.lookup('хозяйка')).toEqual([1]);
    expect(lexicon.lookup('остался')).toEqual([1]);
    // The frequent reading of a homograph comes first, the other is kept.
    expect(lexicon.lookup('руки')).toEqual([0, 1]);
    expect(lexicon.isWeak('и')).toBe(true);
  });

  it('guesses unknown words from known stems and endings', () => {
    const guess = parseStressLexicon({ entries: 'заблудиться3 родился2 молился2 появился3' });
    expect(guess.guess('заблудился')).toBe(2);
    expect(guess.lookup('заблудился')).toBeUndefined();
  });

  it('restores ё the writer left out when the lexicon knows it', () => {
    const yo = parseStressLexicon({ entries: 'полёт2' });
    expect(yo.spellingWithYo('полет')).toBe('полёт');
    expect(stressRussianWord('полет', yo)).toMatchObject({ stress: 1, spoken: 'полёт', source: 'lexicon' });
  });

  it('merges hand-marked words over corpus counts', () => {
    expect(mergeLexiconEntries('дома1,2 сети1', 'сети2 тариф2')).toBe('дома1,2 сети2 тариф2');
  });

  it('uses an injected lexicon, and the loaded one by default', async () => {
    setRussianLexicon(null);
    expect(getRussianLexicon()).toBeNull();
    const loaded = await loadRussianLexicon();
    expect(getRussianLexicon()).toBe(loaded);
    expect(loaded.size).toBeGreaterThan(20_000);
    expect(loaded.lookup('интернет')).toEqual([2]);
    setRussianLexicon(lexicon);
    expect(getRussianLexicon()).toBe(lexicon);
    setRussianLexicon(loaded);
  });
});
