export const TONES = ['warmer', 'shorter', 'formal', 'simpler'] as const;
export type Tone = (typeof TONES)[number];

/** How each tone control changes the instructions (English: models follow it best; the reply language is set separately). */
export const TONE_INSTRUCTIONS: Record<Tone, string> = {
  warmer: 'Make the replies warmer and more personal: more acknowledgement of feelings, still concrete.',
  shorter: 'Make the replies noticeably shorter: one or two sentences, keep the concrete next step.',
  formal: 'Make the replies more formal and polite (use the formal "Вы" in Russian), no slang.',
  simpler: 'Use simpler words and short sentences; no jargon, no abbreviations.',
};
