export const EMOTIONS = ['anger', 'worry', 'sadness', 'confusion', 'gratitude', 'joy', 'neutral'] as const;

export type Emotion = (typeof EMOTIONS)[number];

/** The emotions a lexicon can point to (everything but `neutral`, which is the absence of cues). */
export type FeltEmotion = Exclude<Emotion, 'neutral'>;
