import type { FeltEmotion } from './emotions';

/** `w`: how strongly the phrase alone signals the emotion (1 ≈ unambiguous). */
export interface EmotionEntry {
  p: string;
  e: FeltEmotion;
  w: number;
}

export const emo = (emotion: FeltEmotion, w: number, ...patterns: string[]): EmotionEntry[] =>
  patterns.map((p) => ({ p, e: emotion, w }));
