import { detectCrisisDetail } from './detectCrisis';
import { EMOJI_CUES, EMOTION_LEXICON, type EmotionEntry, INTENSIFIERS, NEGATORS } from './emotionLexicon';
import { EMOTIONS, type Emotion, type FeltEmotion } from './emotions';
import { compileLexicon, findHits, type Hit } from './lexicon';
import { type Token, tokenize } from './tokenize';

export interface EmotionCue {
  /** The words as written in the message. */
  text: string;
  start: number;
  end: number;
  emotion: FeltEmotion;
}

export interface EmotionResult {
  emotion: Emotion;
  /** 0..1: how strongly the dominant emotion is expressed. */
  intensity: number;
  /** Why: the phrases that produced the result, with offsets for highlighting. */
  cues: EmotionCue[];
  /** 0..1 per emotion; `neutral` is 1 minus the strongest felt emotion. */
  scores: Record<Emotion, number>;
}

const lexicon = compileLexicon(EMOTION_LEXICON);

/** Below this weight sum the message reads as neutral (a lone "почему" or "опять" is not an emotion). */
const THRESHOLD = 0.5;
/** A crisis outweighs a polite "спасибо" or a tearful word in the same message. */
const CRISIS_WEIGHT = 1.5;

/**
 * The customer's emotion from a lexicon of Russian stems and English phrases, with rules for
 * intensifiers (очень, совсем, CAPS, "!!!") and negation ("не волнуйтесь", "не злюсь" are not cues).
 */
export function detectEmotion(text: string, tokens: Token[] = tokenize(text)): EmotionResult {
  const sums: Record<FeltEmotion, number> = {
    anger: 0,
    worry: 0,
    sadness: 0,
    confusion: 0,
    gratitude: 0,
    joy: 0,
  };
  const cues: EmotionCue[] = [];
  for (const hit of keepStrongest(findHits(lexicon, tokens))) {
    if (isNegated(tokens, hit.from) || isIntensifierOfNext(tokens, hit)) continue;
    const first = tokens[hit.from]!;
    const last = tokens[hit.to - 1]!;
    const boost = intensifierBefore(tokens, hit.from) || first.caps ? 1.5 : 1;
    sums[hit.entry.e] += hit.entry.w * boost;
    cues.push({
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      emotion: hit.entry.e,
    });
  }
  // Someone describing a crisis is frightened (or, for self-harm, in despair) even without feeling words.
  const crisis = detectCrisisDetail(text, tokens);
  if (crisis.kind) {
    const felt: FeltEmotion = crisis.kind === 'self_harm' ? 'sadness' : 'worry';
    sums[felt] += CRISIS_WEIGHT;
    for (const span of crisis.spans)
      cues.push({ text: text.slice(span.start, span.end), ...span, emotion: felt });
  }
  for (const cue of EMOJI_CUES) {
    const m = cue.re.exec(text);
    if (!m) continue;
    sums[cue.e] += cue.w;
    cues.push({ text: m[0], start: m.index, end: m.index + m[0].length, emotion: cue.e });
  }
  cues.sort((a, b) => a.start - b.start);

  let top: FeltEmotion = 'anger';
  for (const em of EMOTIONS) if (em !== 'neutral' && sums[em] > sums[top]) top = em;
  const amplifier = shoutAmplifier(text, tokens);
  const scores = {} as Record<Emotion, number>;
  for (const em of EMOTIONS) if (em !== 'neutral') scores[em] = squash(sums[em]);
  scores.neutral = 1 - scores[top];
  if (sums[top] < THRESHOLD) return { emotion: 'neutral', intensity: 0, cues, scores };
  const intensity = Math.min(1, squash(sums[top]) * amplifier);
  return { emotion: top, intensity: round(intensity), cues, scores };
}

function squash(x: number): number {
  return round(1 - Math.exp(-x));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Of overlapping hits for the same emotion ("что делать" inside "не знаю что делать") keep the heaviest. */
function keepStrongest(hits: Hit<EmotionEntry>[]): Hit<EmotionEntry>[] {
  const kept: Hit<EmotionEntry>[] = [];
  for (const h of hits) {
    const clash = kept.findIndex((k) => k.entry.e === h.entry.e && k.from < h.to && h.from < k.to);
    if (clash < 0) kept.push(h);
    else if (
      h.entry.w > kept[clash]!.entry.w ||
      (h.entry.w === kept[clash]!.entry.w && h.to - h.from > kept[clash]!.to - kept[clash]!.from)
    )
      kept[clash] = h;
  }
  return kept;
}

function isNegated(tokens: Token[], from: number): boolean {
  const clause = tokens[from]!.clause;
  if (NEGATORS.has(tokens[from]!.norm)) return false; // the phrase carries its own negation
  for (let i = from - 1; i >= Math.max(0, from - 2); i--) {
    const t = tokens[i]!;
    if (t.clause !== clause) break;
    if (NEGATORS.has(t.norm)) return true;
  }
  return false;
}

function intensifierBefore(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  return prev !== undefined && prev.clause === tokens[from]!.clause && INTENSIFIERS.has(prev.norm);
}

/** "страшно бесит": "страшно" is an intensifier here, not fear. */
function isIntensifierOfNext(tokens: Token[], hit: Hit<EmotionEntry>): boolean {
  if (hit.to - hit.from !== 1 || !INTENSIFIERS.has(tokens[hit.from]!.norm)) return false;
  const next = tokens[hit.to];
  return next !== undefined && next.clause === tokens[hit.from]!.clause && hasCueAt(tokens, hit.to);
}

function hasCueAt(tokens: Token[], i: number): boolean {
  return findHits(lexicon, tokens.slice(i, i + 4)).some((h) => h.from === 0);
}

/** "!!!" and writing in capitals make the dominant emotion stronger. */
function shoutAmplifier(text: string, tokens: Token[]): number {
  let amp = 1;
  if (/!{2,}/.test(text)) amp += 0.25;
  let letters = 0;
  let capsLetters = 0;
  for (const t of tokens) {
    letters += t.end - t.start;
    if (t.caps) capsLetters += t.end - t.start;
  }
  if (letters >= 8 && capsLetters / letters > 0.6) amp += 0.25;
  return amp;
}
