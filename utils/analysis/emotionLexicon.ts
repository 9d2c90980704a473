import { ANGER_CUES } from './emotionAngerCues';
import type { EmotionEntry } from './emotionEntry';
import { OTHER_EMOTION_CUES } from './emotionOtherCues';
import type { FeltEmotion } from './emotions';
import { WORRY_SADNESS_CUES } from './emotionWorryCues';

export type { EmotionEntry } from './emotionEntry';

/**
 * Russian entries are stems (`волну*` covers волнуюсь / волнуемся / волнует), so every word form
 * matches. Phrases that carry their own negation ("не понимаю") are written out; any other cue
 * preceded by a negation ("не волнуйтесь", "не злюсь", "not angry") is discarded by the detector.
 */
export const EMOTION_LEXICON: EmotionEntry[] = [...ANGER_CUES, ...WORRY_SADNESS_CUES, ...OTHER_EMOTION_CUES];

/** Words that strengthen the next cue ("очень волнуюсь", "совсем достали", "so worried"). */
export const INTENSIFIERS = new Set(
  'очень совсем крайне безумно жутко ужасно страшно так настолько сильно реально просто вообще дико really so very extremely totally super incredibly'.split(
    ' ',
  ),
);

/** A negation in the two words before a cue cancels it ("не волнуйтесь", "I'm not angry"). */
export const NEGATORS = new Set(
  'не ни нет без not no never dont doesnt didnt isnt arent wasnt werent wont cant без'.split(' '),
);

/** Emoji and emoticons, matched on the raw text (the tokenizer drops them). */
export const EMOJI_CUES: { re: RegExp; e: FeltEmotion; w: number }[] = [
  { re: /(?:[:;]-?\)|\){2,}|[😊😀😃😄😁😍🥰❤🔥🎉👍🙂😂🤣])/u, e: 'joy', w: 0.7 },
  { re: /(?:[:;]-?\(|\({2,}|[😢😭😞😔💔])/u, e: 'sadness', w: 0.7 },
  { re: /[😡🤬😠]/u, e: 'anger', w: 1 },
  { re: /[🙏]/u, e: 'gratitude', w: 0.7 },
  { re: /\?{2,}/u, e: 'confusion', w: 0.3 },
  // "?!" is indignation: "Как до недели?!"
  { re: /\?!|!\?/u, e: 'anger', w: 0.4 },
  // An exclamation alone is not anger, but it tips a weak complaint ("верните", "опять") over.
  { re: /!/u, e: 'anger', w: 0.3 },
];
