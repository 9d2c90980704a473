import { type CrisisCue, crisisFeatures, type MessageCrisisFeatures } from './crisisFeatures';
import { type CrisisModel, crisisModelGeneration, currentCrisisModel, scoreCrisis } from './crisisModel';
import { crisisTerms, crisisWords } from './crisisTerms';
import { CRISIS_KINDS, type CrisisKind, decideCrisis, RELEVANT } from './decideCrisis';
import { detranslitWords, isTranslit } from './detranslit';
import { modelEvidence } from './modelEvidence';
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
  freshVerdicts();
  const known = details.get(features);
  if (known) return known;
  const kind = messageVerdict(text, features);
  let detail: CrisisDetail = { isCrisis: false, cues: [], spans: [] };
  if (kind) {
    const shown = shownCues(kind, text, features);
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
// the same messages again and again. A new model (loaded after the panel's first paint) makes
// them stale.
let kinds = new WeakMap<MessageCrisisFeatures, CrisisKind | null>();
let details = new WeakMap<MessageCrisisFeatures, CrisisDetail>();
let verdictsOf = crisisModelGeneration();

function freshVerdicts(): void {
  if (verdictsOf === crisisModelGeneration()) return;
  kinds = new WeakMap();
  details = new WeakMap();
  verdictsOf = crisisModelGeneration();
}

/**
 * Above this probability the model's verdict stands on its own; below `LEXICON_VETO` it overrules
 * the lexicons ("сын потерялся... в танках своих, шучу)"). Chosen on leave-one-set-out runs and the
 * blind runs recorded in tests/fixtures/analysis/RECORD.md.
 */
export const MODEL_ALONE = 0.3;
export const LEXICON_VETO = 0.1;
/**
 * Alone, the model needs more when the lexicons set a crisis word aside as past, resolved,
 * hypothetical or fiction ("смотрю сериал, там девушка заблудилась"): leave-one-set-out, false
 * alarms 1.15 % → 0.97 % for recall 0.974 → 0.972.
 */
export const MODEL_ALONE_FRAMED = 0.5;

/** The crisis kind of one message on its own: the lexicons' decision, weighed by the model. */
export function messageVerdict(text: string, features: MessageCrisisFeatures): CrisisKind | undefined {
  freshVerdicts();
  let kind = kinds.get(features);
  if (kind === undefined) {
    const lexicon = decideCrisis(features.cues);
    kind = combine(lexicon, text, features.cues, currentCrisisModel(), features.framed) ?? null;
    kinds.set(features, kind);
  }
  return kind ?? undefined;
}

/**
 * The lexicons' kind (from concepts of one message or of a few read together), kept unless the
 * model finds the text ordinary; the model's own kind when it is sure and the lexicons saw nothing.
 */
export function combine(
  lexiconKind: CrisisKind | undefined,
  text: string,
  cues: readonly CrisisCue[],
  model: CrisisModel | undefined,
  framed = false,
): CrisisKind | undefined {
  if (!model) return lexiconKind;
  const { p, kind } = scoreCrisis(model, crisisTerms(crisisWords(text), cues));
  if (lexiconKind) return p > LEXICON_VETO ? lexiconKind : undefined;
  return p > (framed ? MODEL_ALONE_FRAMED : MODEL_ALONE) ? kind : undefined;
}

/** The lexicon cues for the kind; when the model alone saw it, the words that weighed most. */
function shownCues(kind: CrisisKind, text: string, features: MessageCrisisFeatures): CrisisCue[] {
  const shown = relevantCues(kind, features.cues);
  const model = currentCrisisModel();
  if (shown.length > 0 || !model) return shown;
  const c = model.classes.indexOf(kind);
  return modelEvidence(model, c, crisisWords(text)).map((span) => ({
    f: 'model' as const,
    ...span,
    text: text.slice(span.start, span.end),
  }));
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
  const features = isTranslit(text) ? translitFeatures(text) : crisisFeatures(text, tokens ?? tokenize(text));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, features);
  return features;
}

/** Concepts of Latin-typed Russian, read in Cyrillic and pointed back at the words as written. */
function translitFeatures(text: string): MessageCrisisFeatures {
  const cyr = detranslitWords(text);
  const features = crisisFeatures(cyr.text, tokenize(cyr.text));
  const back = (at: number, edge: 0 | 1): number => {
    for (const w of cyr.words) if (w.to[0] <= at && at <= w.to[1]) return w.from[edge];
    return Math.min(at, text.length);
  };
  return {
    ...features,
    cues: features.cues.map((c) => {
      const start = back(c.start, 0);
      const end = back(c.end, 1);
      return { ...c, start, end, text: text.slice(start, end) };
    }),
    figures: features.figures?.map((f) => ({ start: back(f.start, 0), end: back(f.end, 1) })),
  };
}
