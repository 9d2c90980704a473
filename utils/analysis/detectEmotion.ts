import { crisisModelGeneration } from './crisisModel';
import { detectCrisisDetail, messageCrisisFeatures } from './detectCrisis';
import { EMOJI_CUES, EMOTION_LEXICON, type EmotionEntry, INTENSIFIERS } from './emotionLexicon';
import { currentEmotionModel, emotionModelGeneration } from './emotionModel';
import { EMOTIONS, type Emotion, type FeltEmotion } from './emotions';
import { compileLexicon, findHits, type Hit } from './lexicon';
import { refineEmotion } from './refineEmotion';
import { type Token, tokenize } from './tokenize';
import { isNegated } from './tokenWindow';

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
export const CRISIS_WEIGHT = 1.5;
/** A crisis word used as a figure of speech about the service ("stuck in your app"). */
const FIGURE_WEIGHT = 0.6;
/** On a tie, the feeling that needs care first: fear and despair before annoyance or thanks. */
const TIE_ORDER: FeltEmotion[] = ['worry', 'sadness', 'anger', 'confusion', 'gratitude', 'joy'];
/** A question with a puzzled word in it ("почему…?") is more puzzled than the word alone. */
const QUESTION_BONUS = 0.2;

/**
 * The customer's emotion from lexicons of Russian stems and English phrases, by concept: outrage
 * and demands, fear and pleading ("сделайте хоть что-нибудь"), helplessness ("ничем не могу помочь"),
 * grief and regret, puzzlement, thanks, joy. Intensifiers (очень, CAPS, "!!!") strengthen a cue,
 * a negation cancels it ("не волнуйтесь"), "?!" reads as indignation, a crisis in the message
 * means worry (despair for self-harm), and crisis words said of the service ("хочу умереть, когда
 * вижу ваши цены") mean frustration. Ties go to the feeling that needs care first.
 */
export function detectEmotion(text: string, tokens?: Token[]): EmotionResult {
  freshResults();
  let result = recent.get(text);
  if (!result) {
    const toks = tokens ?? tokenize(text);
    const lexicon = computeEmotion(text, toks);
    const model = currentEmotionModel();
    result = model ? refineEmotion(text, lexicon, detectCrisisDetail(text, toks).kind, model) : lexicon;
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
    recent.set(text, result);
  }
  // copies: the cached result stays as computed whatever the caller does with this one
  return { ...result, cues: result.cues.map((c) => ({ ...c })), scores: { ...result.scores } };
}

// The panel re-reads the same latest messages each time the conversation changes: remember them,
// until a model (crisis or emotion) arrives or changes.
const recent = new Map<string, EmotionResult>();
const RECENT_LIMIT = 64;
let resultsOf = '';

function freshResults(): void {
  const now = `${crisisModelGeneration()}/${emotionModelGeneration()}`;
  if (now === resultsOf) return;
  recent.clear();
  resultsOf = now;
}

/** The lexicons' reading alone, never cached (what the emotion model is trained next to). */
export function lexiconEmotion(text: string): EmotionResult {
  return computeEmotion(text, tokenize(text));
}

function computeEmotion(text: string, tokens: Token[]): EmotionResult {
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
  // Crisis words said of the service ("хочу умереть, когда вижу ваши цены") are frustration.
  for (const span of messageCrisisFeatures(text, tokens).figures ?? []) {
    if (cues.some((c) => c.start <= span.start && span.end <= c.end)) continue;
    sums.anger += FIGURE_WEIGHT;
    cues.push({ text: text.slice(span.start, span.end), ...span, emotion: 'anger' });
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
  if (sums.confusion > 0 && text.includes('?')) sums.confusion += QUESTION_BONUS;
  cues.sort((a, b) => a.start - b.start);

  const top = pickTop(sums);
  const amplifier = shoutAmplifier(text, tokens);
  const scores = {} as Record<Emotion, number>;
  for (const em of EMOTIONS) if (em !== 'neutral') scores[em] = squash(sums[em]);
  scores.neutral = 1 - scores[top];
  if (sums[top] < THRESHOLD) return { emotion: 'neutral', intensity: 0, cues, scores };
  const intensity = Math.min(1, squash(sums[top]) * amplifier);
  return { emotion: top, intensity: round(intensity), cues, scores };
}

/** The strongest felt emotion; ties go to the one that needs care first (see `TIE_ORDER`). */
export function pickTop(scores: Record<FeltEmotion, number>): FeltEmotion {
  let top: FeltEmotion = TIE_ORDER[0]!;
  for (const em of TIE_ORDER) if (scores[em] > scores[top]) top = em;
  return top;
}

function squash(x: number): number {
  return round(1 - Math.exp(-x));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Of overlapping hits for the same emotion ("что делать" inside "не знаю что делать") keep the
 * heaviest; a hit nested inside a longer one of another emotion is part of that phrase
 * ("сделайте" inside the plea "сделайте хоть что-нибудь") and is dropped.
 */
function keepStrongest(hits: Hit<EmotionEntry>[]): Hit<EmotionEntry>[] {
  const outer = hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o !== h &&
          o.entry.e !== h.entry.e &&
          o.from <= h.from &&
          h.to <= o.to &&
          o.to - o.from > h.to - h.from,
      ),
  );
  const kept: Hit<EmotionEntry>[] = [];
  for (const h of outer) {
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
