import { describe, expect, it } from 'vitest';
import { detectEmotion, pickTop } from '../../../utils/analysis/detectEmotion';
import { recentEmotion } from '../../../utils/analysis/recentEmotion';

describe('detectEmotion — pleading, helplessness, punctuation, figures of speech', () => {
  it('reads pleading and helplessness as worry', () => {
    for (const text of [
      'Пожалуйста, сделайте хоть что-нибудь',
      'Я в другом городе и ничем не могу им помочь',
      'Please do something, I have no idea what to do',
      "I don't know what to do anymore",
    ]) {
      expect(detectEmotion(text).emotion, text).toBe('worry');
    }
  });

  it('highlights the whole plea, not a word inside it', () => {
    const text = 'Пожалуйста, сделайте хоть что-нибудь.';
    const cues = detectEmotion(text).cues;
    expect(cues.map((c) => c.text)).toEqual(['сделайте хоть что-нибудь']);
    expect(cues.every((c) => c.emotion === 'worry')).toBe(true);
  });

  it('reads "?!" as indignation and a puzzled question as confusion', () => {
    expect(detectEmotion('Как до недели?!').emotion).toBe('anger');
    expect(detectEmotion('Зачем мне подтверждать паспорт ещё раз, я же уже подтверждал?').emotion).toBe(
      'confusion',
    );
  });

  it('reads crisis words said of the service as frustration', () => {
    const r = detectEmotion('Жить не хочется, когда такие цены на интернет');
    expect(r.emotion).toBe('anger');
    expect(r.cues.map((c) => c.text)).toContain('Жить не хочется');
    expect(detectEmotion('I want to die every time I see your roaming prices').emotion).toBe('anger');
  });

  it('reads a quarrel and an apology as sadness, relief as joy', () => {
    expect(detectEmotion('Мы поругались, она меня заблокировала. Я был неправ').emotion).toBe('sadness');
    expect(detectEmotion('Водитель пустил погреться. Всё, живём!').emotion).toBe('joy');
  });

  it('a crisis in the conversation means worry even after a polite "спасибо"', () => {
    const crisis = { isCrisis: true, kind: 'stranded' as const, cues: ['заглохла'] };
    expect(recentEmotion(['Спасибо.'], crisis).emotion).toBe('worry');
    expect(recentEmotion(['Спасибо.']).emotion).toBe('gratitude');
    const despair = { isCrisis: true, kind: 'self_harm' as const, cues: [] };
    expect(recentEmotion(['Ладно.'], despair).emotion).toBe('sadness');
  });

  it('breaks a tie toward the feeling that needs care first', () => {
    const even = { anger: 0.5, worry: 0.5, sadness: 0.5, confusion: 0.5, gratitude: 0.5, joy: 0.5 };
    expect(pickTop(even)).toBe('worry');
    expect(pickTop({ ...even, worry: 0 })).toBe('sadness');
    expect(pickTop({ ...even, worry: 0, sadness: 0 })).toBe('anger');
    expect(pickTop({ ...even, gratitude: 0.9 })).toBe('gratitude');
  });
});
