import { crisisTerms, crisisWords } from './crisisTerms';
import type { Emotion } from './emotions';
import { modelSlot } from './modelSlot';
import type { SoftmaxModel } from './softmaxModel';

/**
 * The emotion model: a multinomial logistic regression over a message's stems and stem pairs, the
 * lexicons' own reading (`E:anger`…) and the crisis kind (`C:lost`…), trained by
 * `trainEmotionModel` on every labelled message (`npm run train:models` writes `emotionModel.json`
 * with the crisis model). It corrects the lexicons where people say a feeling in words the
 * lexicons lack, and keeps their reading where it is plausible (`detectEmotion`).
 */
export type EmotionModel = SoftmaxModel;

/** Class order of the model: `neutral` first, the baseline its evidence weighs against. */
export const EMOTION_CLASSES: readonly Emotion[] = [
  'neutral',
  'anger',
  'worry',
  'sadness',
  'confusion',
  'gratitude',
  'joy',
];

/** What the emotion model weighs in a message, given the lexicons' emotion and the crisis kind. */
export function emotionTerms(
  text: string,
  lexiconEmotion: Emotion,
  crisisKind: string | undefined,
): string[] {
  const terms = crisisTerms(crisisWords(text), []);
  terms.push(`E:${lexiconEmotion}`);
  if (crisisKind) terms.push(`C:${crisisKind}`);
  if (/[!?]{2,}/.test(text)) terms.push('P:!!');
  if (/\)\)/.test(text)) terms.push('P:))');
  return terms;
}

const slot = modelSlot(() => import('./emotionModel.json').then((m) => m.default as EmotionModel));

/** The emotion model the detectors use from now on (see `modelSlot`). */
export const setEmotionModel = slot.set;
export const currentEmotionModel = slot.current;
export const emotionModelGeneration = slot.generation;
/** Loads the shipped emotion model in its own chunk (~26 KB gzip) and sets it; once. */
export const loadEmotionModel = slot.load;
