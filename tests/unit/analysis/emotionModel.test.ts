import { afterEach, describe, expect, it } from 'vitest';
import { detectEmotion, type EmotionResult } from '../../../utils/analysis';
import { type CrisisModel, setCrisisModel } from '../../../utils/analysis/crisisModel';
import crisisShipped from '../../../utils/analysis/crisisModel.json';
import { lexiconEmotion } from '../../../utils/analysis/detectEmotion';
import {
  EMOTION_CLASSES,
  type EmotionModel,
  emotionTerms,
  setEmotionModel,
} from '../../../utils/analysis/emotionModel';
import emotionShipped from '../../../utils/analysis/emotionModel.json';
import { recentEmotion } from '../../../utils/analysis/recentEmotion';
import { KEEP_LEXICON, refineEmotion } from '../../../utils/analysis/refineEmotion';
import { rowsFingerprint } from '../../../utils/analysis/softmaxModel';
import { emotionTrainingRows } from '../../../utils/analysis/trainEmotionModel';
import { loadCrisisSet, loadEmotionSets } from '../../fixtures/analysis/crisisSets';

const SHIPPED = emotionShipped as EmotionModel;

afterEach(() => {
  setCrisisModel(crisisShipped as CrisisModel);
  setEmotionModel(SHIPPED);
});

/** A model that reads one term: it makes the text `emotion` with probability `p`, else neutral. */
function oneTermModel(term: string, emotion: string, p: number): EmotionModel {
  const classes = [...EMOTION_CLASSES];
  const w = 50 + Math.log(p / (1 - p));
  return {
    version: 1,
    fingerprint: 'test',
    classes,
    bias: classes.map((c) => (c === 'neutral' ? 0 : -50)),
    weights: { [term]: classes.map((c) => (c === emotion ? w : 0)) },
  };
}

const lexiconSays = (emotion: EmotionResult['emotion']): EmotionResult => ({
  emotion,
  intensity: 0.6,
  cues: [{ text: 'безобразие', start: 0, end: 11, emotion: 'anger' }],
  scores: { anger: 0.6, worry: 0, sadness: 0, confusion: 0, gratitude: 0, joy: 0, neutral: 0.4 },
});

describe('the emotion model', () => {
  it('is the one trained on the labelled sets as they are now (else: npm run train:models)', () => {
    setCrisisModel(crisisShipped as CrisisModel);
    setEmotionModel(undefined);
    const rows = emotionTrainingRows(loadEmotionSets().flatMap((s) => s.samples));
    expect(SHIPPED.fingerprint, 'emotionModel.json is stale: run `npm run train:models`').toBe(
      rowsFingerprint(rows),
    );
  });

  it('weighs the words, the lexicons’ reading, the crisis kind and the punctuation', () => {
    const terms = emotionTerms('Где он?!', 'worry', 'lost');
    expect(terms).toEqual(expect.arrayContaining(['E:worry', 'C:lost', 'P:!!']));
  });

  it('keeps the lexicons’ emotion while the model finds it plausible enough', () => {
    const text = 'Безобразие, третий день нет связи';
    // The model prefers worry, but anger is within KEEP_LEXICON of it.
    const m = oneTermModel('E:anger', 'worry', 0.9);
    m.weights['E:anger']![EMOTION_CLASSES.indexOf('anger')] =
      50 + Math.log((0.9 * KEEP_LEXICON + 0.01) / 0.1);
    expect(refineEmotion(text, lexiconSays('anger'), undefined, m).emotion).toBe('anger');
  });

  it('corrects the lexicons: another emotion gets consistent scores and its own cues or evidence', () => {
    const text = 'Безобразие, третий день нет связи';
    const r = refineEmotion(text, lexiconSays('anger'), undefined, oneTermModel('E:anger', 'sadness', 0.95));
    expect(r.emotion).toBe('sadness');
    // what recentEmotion reads: the corrected emotion is the strongest and above its bar
    expect(r.scores.sadness).toBeGreaterThan(r.scores.anger);
    expect(r.scores.sadness).toBeGreaterThan(1 - Math.exp(-0.5));
    // the anger cue is not shown for sadness; with no sadness cue and no weighted word, none
    expect(r.cues.every((c) => c.emotion === 'sadness')).toBe(true);
    const neutral = refineEmotion(
      text,
      lexiconSays('anger'),
      undefined,
      oneTermModel('E:anger', 'neutral', 0.99),
    );
    expect(neutral).toMatchObject({ emotion: 'neutral', intensity: 0, cues: [] });
  });

  it('one message reads the same alone and as the whole recent conversation', () => {
    for (const s of loadCrisisSet('crisis-sealed-8.json').slice(0, 60)) {
      expect(recentEmotion([s.text]).emotion, s.text).toBe(detectEmotion(s.text).emotion);
    }
  });

  it('reads more of the labelled emotions right than the lexicons alone', () => {
    const samples = loadCrisisSet('crisis-sealed-10.json').filter((s) => s.emotion);
    const right = (read: (t: string) => string) => samples.filter((s) => read(s.text) === s.emotion).length;
    expect(right((t) => detectEmotion(t).emotion)).toBeGreaterThan(right((t) => lexiconEmotion(t).emotion));
  });
});
