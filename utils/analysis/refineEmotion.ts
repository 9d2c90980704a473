import { crisisWords } from './crisisTerms';
import type { EmotionCue, EmotionResult } from './detectEmotion';
import { type EmotionModel, emotionTerms } from './emotionModel';
import { EMOTIONS, type Emotion, type FeltEmotion } from './emotions';
import { modelEvidence } from './modelEvidence';
import { classProbabilities } from './softmaxModel';

/**
 * The lexicons' emotion stays while the model finds it at least this plausible relative to its own
 * choice (leave-one-set-out: 0.815 lexicons alone, 0.847 the model alone, 0.851 this way).
 */
export const KEEP_LEXICON = 0.5;
/** Same bar as `recentEmotion`'s: a felt emotion below it reads as neutral. */
const FELT_BAR = 1 - Math.exp(-0.5);

/**
 * The lexicons' reading of one message, corrected by the emotion model. A changed emotion gets
 * scores that `recentEmotion` reads the same way, and the cues of that emotion — or, when the
 * lexicons have none, the words the model weighed most.
 */
export function refineEmotion(
  text: string,
  lexicon: EmotionResult,
  crisisKind: string | undefined,
  model: EmotionModel,
): EmotionResult {
  const p = classProbabilities(model, emotionTerms(text, lexicon.emotion, crisisKind));
  const at = (e: Emotion) => p[model.classes.indexOf(e)] ?? 0;
  let top = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] ?? 0) > (p[top] ?? 0)) top = c;
  const keep = lexicon.emotion !== 'neutral' && at(lexicon.emotion) >= KEEP_LEXICON * (p[top] ?? 0);
  const emotion = keep ? lexicon.emotion : (model.classes[top] as Emotion);
  if (emotion === lexicon.emotion) return lexicon;

  const scores = { ...lexicon.scores };
  const felt = EMOTIONS.filter((e): e is FeltEmotion => e !== 'neutral');
  if (emotion === 'neutral') {
    for (const e of felt) scores[e] = Math.min(scores[e], round(FELT_BAR - 0.001));
    scores.neutral = round(1 - Math.max(...felt.map((e) => scores[e])));
    return { emotion, intensity: 0, cues: [], scores };
  }
  const strength = round(1 - Math.exp(-(0.5 + at(emotion))));
  scores[emotion] = Math.max(scores[emotion], strength);
  for (const e of felt) if (e !== emotion) scores[e] = Math.min(scores[e], round(scores[emotion] - 0.001));
  scores.neutral = round(1 - scores[emotion]);
  let cues: EmotionCue[] = lexicon.cues.filter((c) => c.emotion === emotion);
  if (cues.length === 0) {
    cues = modelEvidence(model, model.classes.indexOf(emotion), crisisWords(text)).map((span) => ({
      ...span,
      text: text.slice(span.start, span.end),
      emotion,
    }));
  }
  return { emotion, intensity: scores[emotion], cues, scores };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
