import type { CrisisResult } from './detectCrisis';
import { CRISIS_WEIGHT, detectEmotion, type EmotionResult, pickTop } from './detectEmotion';
import { EMOTIONS, type Emotion, type FeltEmotion } from './emotions';

/** The latest message counts fully, the one before half, the one before that a quarter. */
const WEIGHTS = [1, 0.5, 0.25];
/** Same bar as a single message: a weight sum of 0.5 after squashing. */
const THRESHOLD = 1 - Math.exp(-0.5);

/**
 * The customer's emotion over their latest messages (newest first), weighted to the latest: each
 * emotion takes its strongest weighted score, so a furious message followed by "ну?" still reads as
 * anger, but weaker. A crisis in the conversation means worry (despair for self-harm) whatever the
 * latest words are. Cues are those of the newest message, so their offsets fit `texts[0]`.
 */
export function recentEmotion(texts: readonly string[], crisis?: CrisisResult): EmotionResult {
  const results = texts.slice(0, WEIGHTS.length).map((t) => detectEmotion(t));
  const latest = results[0];
  if (!latest) return detectEmotion('');
  const scores = {} as Record<Emotion, number>;
  for (const em of EMOTIONS) {
    if (em === 'neutral') continue;
    scores[em] = Math.max(...results.map((r, i) => r.scores[em] * (WEIGHTS[i] ?? 0)));
  }
  if (crisis?.isCrisis) {
    const felt: FeltEmotion = crisis.kind === 'self_harm' ? 'sadness' : 'worry';
    scores[felt] = Math.max(scores[felt], 1 - Math.exp(-CRISIS_WEIGHT));
  }
  const top = pickTop(scores);
  scores.neutral = Math.round((1 - scores[top]) * 1000) / 1000;
  if (scores[top] < THRESHOLD) return { emotion: 'neutral', intensity: 0, cues: latest.cues, scores };
  // Keep the latest message's intensity when it carries the same emotion (it includes "!!!" and CAPS).
  const intensity = latest.emotion === top ? Math.max(latest.intensity, scores[top]) : scores[top];
  return { emotion: top, intensity: Math.round(intensity * 1000) / 1000, cues: latest.cues, scores };
}
