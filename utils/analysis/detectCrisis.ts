import { type CrisisCue, crisisFeatures, type MessageCrisisFeatures } from './crisisFeatures';
import { CRISIS_KINDS, type CrisisKind, decideCrisis, RELEVANT } from './decideCrisis';
import { type Token, tokenize } from './tokenize';

export { CRISIS_KINDS, type CrisisKind };

export interface CrisisResult {
  isCrisis: boolean;
  kind?: CrisisKind;
  /** The phrases that led to the verdict, as written. */
  cues: string[];
}

export interface CrisisDetail extends CrisisResult {
  /** Character spans of the cues, for highlighting. */
  spans: { start: number; end: number }[];
}

/**
 * Whether a customer message describes a crisis the operator must handle first (safety, 112,
 * promised payment): lost in a forest, stranded on a highway or at a station without money,
 * a child or an elderly person missing, a health emergency, or thoughts of suicide.
 * Decided from co-occurring concepts (a place, a predicament, a hardship), rarely from one word.
 */
export function detectCrisis(text: string): CrisisResult {
  const { isCrisis, kind, cues } = detectCrisisDetail(text);
  // copies: the detail may be cached and shared
  return kind ? { isCrisis, kind, cues: [...cues] } : { isCrisis, cues: [...cues] };
}

/** `detectCrisis` with the cues' character spans, for highlighting. Shared: never mutate it. */
export function detectCrisisDetail(text: string, tokens?: Token[]): CrisisDetail {
  const features = messageCrisisFeatures(text, tokens);
  const known = details.get(features);
  if (known) return known;
  const kind = messageKind(features);
  let detail: CrisisDetail = { isCrisis: false, cues: [], spans: [] };
  if (kind) {
    const shown = relevantCues(kind, features.cues);
    detail = {
      isCrisis: true,
      kind,
      cues: shown.map((c) => c.text),
      spans: shown.map(({ start, end }) => ({ start, end })),
    };
  }
  details.set(features, detail);
  return detail;
}

// Verdicts kept with each message's (cached) features: the panel and the emotion reader ask about
// the same messages again and again.
const kinds = new WeakMap<MessageCrisisFeatures, CrisisKind | null>();
const details = new WeakMap<MessageCrisisFeatures, CrisisDetail>();

/** The crisis kind of one message on its own. */
export function messageKind(features: MessageCrisisFeatures): CrisisKind | undefined {
  let kind = kinds.get(features);
  if (kind === undefined) {
    kind = decideCrisis(features.cues) ?? null;
    kinds.set(features, kind);
  }
  return kind ?? undefined;
}

/**
 * The cues to show for a kind, in text order, without repeats or a cue nested in another of the
 * same message. `msg` tells cues of different messages apart when a story is told in parts.
 */
export function relevantCues(kind: CrisisKind, cues: readonly (CrisisCue & { msg?: number })[]): CrisisCue[] {
  const shown: (CrisisCue & { msg?: number })[] = [];
  for (const c of cues) {
    if (!RELEVANT[kind].has(c.f)) continue;
    const repeat = shown.some(
      (s) =>
        s.text.toLowerCase() === c.text.toLowerCase() ||
        (s.msg === c.msg && s.start <= c.start && c.end <= s.end),
    );
    if (!repeat) shown.push(c);
  }
  return shown;
}

// The panel asks about the same messages again and again (each new message re-reads the thread,
// emotion reads the crisis too): remember the features of recent texts. Shared: never mutated.
const cache = new Map<string, MessageCrisisFeatures>();
const CACHE_LIMIT = 512;

/** The crisis concepts of one message, cached by text. */
export function messageCrisisFeatures(text: string, tokens?: Token[]): MessageCrisisFeatures {
  const cached = cache.get(text);
  if (cached) return cached;
  const features = crisisFeatures(text, tokens ?? tokenize(text));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, features);
  return features;
}
