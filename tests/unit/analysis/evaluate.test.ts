import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { detectCrisis } from '../../../utils/analysis/detectCrisis';
import { EMOTIONS } from '../../../utils/analysis/emotions';
import { crisisSampleSchema, evaluateCrisis } from '../../../utils/analysis/evaluateCrisis';
import { evaluateEmotion } from '../../../utils/analysis/evaluateEmotion';
import crisisJson from '../../fixtures/analysis/crisis.json';
import emotionJson from '../../fixtures/analysis/emotion.json';

const crisisSet = z.array(crisisSampleSchema).parse(crisisJson);
const emotionSet = z
  .array(z.object({ text: z.string(), lang: z.enum(['ru', 'en']), emotion: z.enum(EMOTIONS) }))
  .parse(emotionJson);

describe('labelled sets', () => {
  it('the crisis set is large, bilingual and has many hard negatives', () => {
    expect(crisisSet.length).toBeGreaterThanOrEqual(150);
    expect(crisisSet.filter((s) => s.crisis === null && s.hard).length).toBeGreaterThanOrEqual(50);
    expect(new Set(crisisSet.map((s) => s.lang))).toEqual(new Set(['ru', 'en']));
    expect(new Set(crisisSet.map((s) => s.crisis))).toEqual(
      new Set([null, 'lost', 'stranded', 'child_at_risk', 'vulnerable', 'health_threat', 'self_harm']),
    );
    expect(new Set(crisisSet.map((s) => s.text)).size).toBe(crisisSet.length);
  });

  it('the emotion set covers every emotion', () => {
    expect(new Set(emotionSet.map((s) => s.emotion))).toEqual(new Set(EMOTIONS));
  });
});

describe('evaluateCrisis', () => {
  it('counts recall, false alarms and kinds', () => {
    const r = evaluateCrisis([
      { text: 'Мы заблудились в лесу, темнеет', lang: 'ru', crisis: 'lost' },
      { text: 'Не хочу больше жить', lang: 'ru', crisis: 'distress' },
      { text: 'Сын 5 лет потерялся на пляже', lang: 'ru', crisis: 'vulnerable' },
      { text: 'Какой у меня тариф?', lang: 'ru', crisis: 'stranded' },
      { text: 'Умираю от смеха', lang: 'ru', crisis: null },
      { text: 'Мы заблудились', lang: 'ru', crisis: null },
    ]);
    expect(r.recall).toBe(0.75);
    expect(r.falseAlarmRate).toBe(0.5);
    expect(r.kindAccuracy).toBe(1); // aliases: distress = self_harm, vulnerable ~ child_at_risk
    expect(r.perKind.stranded).toEqual({ total: 1, detected: 0, recall: 0, kindMatches: 0 });
    expect(r.missed).toEqual(['Какой у меня тариф?']);
    expect(r.falseAlarms).toEqual(['Мы заблудились']);
  });

  it('meets the targets on the labelled set', () => {
    const r = evaluateCrisis(crisisSet, detectCrisis);
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.falseAlarmRate).toBeLessThanOrEqual(0.02);
  });
});

describe('evaluateEmotion', () => {
  it('measures accuracy on the emotion set', () => {
    const r = evaluateEmotion(emotionSet);
    expect(r.total).toBe(emotionSet.length);
    expect(r.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(evaluateEmotion([{ text: 'Бесит!', emotion: 'joy' }]).errors).toEqual([
      { text: 'Бесит!', expected: 'joy', got: 'anger' },
    ]);
  });
});
