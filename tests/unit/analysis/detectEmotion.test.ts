import { describe, expect, it } from 'vitest';
import { detectEmotion } from '../../../utils/analysis/detectEmotion';

describe('detectEmotion', () => {
  it('finds worry through Russian word forms', () => {
    for (const text of [
      'Я очень волнуюсь, перевод жене до сих пор не дошёл',
      'Переживаю за жену с ребёнком, они ждут денег',
      'Меня это волнует, деньги ушли неделю назад',
    ]) {
      expect(detectEmotion(text).emotion, text).toBe('worry');
    }
  });

  it('finds anger in complaints', () => {
    expect(detectEmotion('Бесит, что в детализации непонятные списания').emotion).toBe('anger');
    expect(detectEmotion('Безобразие! Сколько можно, третий день нет связи').emotion).toBe('anger');
    expect(detectEmotion('This is outrageous, you charged me twice').emotion).toBe('anger');
  });

  it('tells gratitude, joy, sadness and confusion apart', () => {
    expect(detectEmotion('Спасибо огромное, деньги дошли!').emotion).toBe('gratitude');
    expect(detectEmotion('Ура, она согласилась! СМС дошла').emotion).toBe('joy');
    expect(detectEmotion('Девушка занесла меня в чёрный список, мне так грустно').emotion).toBe('sadness');
    expect(detectEmotion('Не понимаю, откуда списание 450 рублей').emotion).toBe('confusion');
  });

  it('ignores negated cues ("не волнуйтесь", "не злюсь")', () => {
    expect(detectEmotion('Не волнуйтесь, перевод обязательно дойдёт').emotion).toBe('neutral');
    expect(detectEmotion('Я не злюсь, просто хочу понять условия тарифа').emotion).toBe('neutral');
    expect(detectEmotion("Don't worry, we'll check it within an hour").emotion).toBe('neutral');
  });

  it('is neutral for plain requests', () => {
    const r = detectEmotion('Подскажите, какой у меня сейчас тариф?');
    expect(r.emotion).toBe('neutral');
    expect(r.intensity).toBe(0);
  });

  it('makes intensifiers, capitals and "!!!" stronger', () => {
    const plain = detectEmotion('Я волнуюсь за перевод').intensity;
    expect(detectEmotion('Я очень волнуюсь за перевод').intensity).toBeGreaterThan(plain);
    const calm = detectEmotion('Верните деньги, безобразие').intensity;
    expect(detectEmotion('ВЕРНИТЕ ДЕНЬГИ, БЕЗОБРАЗИЕ!!!').intensity).toBeGreaterThan(calm);
  });

  it('returns cues with offsets for highlighting', () => {
    const text = 'Спасибо огромное, вы меня выручили';
    const r = detectEmotion(text);
    expect(r.cues.length).toBeGreaterThan(0);
    for (const cue of r.cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
    expect(r.cues.map((c) => c.text)).toContain('Спасибо огромное');
  });

  it('scores every emotion between 0 and 1', () => {
    const r = detectEmotion('Сколько можно!!! Я в бешенстве и очень переживаю');
    for (const v of Object.values(r.scores)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(r.scores.anger).toBeGreaterThan(0);
    expect(r.scores.worry).toBeGreaterThan(0);
  });

  it('reads a crisis as worry even without feeling words', () => {
    const r = detectEmotion('Стоим на трассе, машина заглохла, мороз, баланс нулевой');
    expect(r.emotion).toBe('worry');
  });
});
