import { detectEmotion, type EmotionResult } from './detectEmotion';
import type { Emotion } from './emotions';

export interface EmotionEvaluation {
  accuracy: number;
  total: number;
  /** Per labelled emotion: how many, and how many were detected as such. */
  perEmotion: Partial<Record<Emotion, { total: number; correct: number }>>;
  errors: { text: string; expected: Emotion; got: Emotion }[];
}

/** Accuracy of `detect` (by default `detectEmotion`) on messages labelled with one emotion each. */
export function evaluateEmotion(
  samples: readonly { text: string; emotion: Emotion }[],
  detect: (text: string) => EmotionResult = detectEmotion,
): EmotionEvaluation {
  const perEmotion: EmotionEvaluation['perEmotion'] = {};
  const errors: EmotionEvaluation['errors'] = [];
  for (const s of samples) {
    const got = detect(s.text).emotion;
    const e = perEmotion[s.emotion] ?? { total: 0, correct: 0 };
    perEmotion[s.emotion] = e;
    e.total++;
    if (got === s.emotion) e.correct++;
    else errors.push({ text: s.text, expected: s.emotion, got });
  }
  const total = samples.length;
  return { accuracy: total === 0 ? 1 : (total - errors.length) / total, total, perEmotion, errors };
}
