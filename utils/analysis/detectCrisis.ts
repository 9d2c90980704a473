import type { CrisisFeature } from './crisisFeature';
import { type CrisisHit, crisisFeatures } from './crisisFeatures';
import { type Token, tokenize } from './tokenize';

/** In priority order: when several fit, the first wins. */
export const CRISIS_KINDS = [
  'self_harm',
  'health_threat',
  'child_at_risk',
  'vulnerable',
  'lost',
  'stranded',
] as const;

export type CrisisKind = (typeof CRISIS_KINDS)[number];

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
 * Decided from co-occurring cues (a place and a predicament), not from single words.
 */
export function detectCrisis(text: string): CrisisResult {
  const { isCrisis, kind, cues } = detectCrisisDetail(text);
  // copies: the detail may be cached and shared
  return kind ? { isCrisis, kind, cues: [...cues] } : { isCrisis, cues: [...cues] };
}

// The panel asks about the same few messages several times (emotion reads the crisis too): remember
// the latest verdicts. Results are shared, so callers must not mutate them.
const recent = new Map<string, CrisisDetail>();
const RECENT_LIMIT = 16;

/** `detectCrisis` with the cues' character spans, for highlighting. */
export function detectCrisisDetail(text: string, tokens?: Token[]): CrisisDetail {
  const cached = recent.get(text);
  if (cached) return cached;
  const detail = computeCrisisDetail(text, tokens ?? tokenize(text));
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  recent.set(text, detail);
  return detail;
}

function computeCrisisDetail(text: string, tokens: Token[]): CrisisDetail {
  const hits = crisisFeatures(tokens);
  const kind = hits.length > 0 ? decideCrisis(hits) : undefined;
  if (!kind) return { isCrisis: false, cues: [], spans: [] };
  const spans: { start: number; end: number }[] = [];
  const cues: string[] = [];
  for (const h of hits) {
    if (!RELEVANT[kind].has(h.entry.f)) continue;
    const start = tokens[h.from]!.start;
    const end = tokens[h.to - 1]!.end;
    if (spans.some((s) => s.start <= start && end <= s.end)) continue;
    spans.push({ start, end });
    cues.push(text.slice(start, end));
  }
  return { isCrisis: true, kind, cues, spans };
}

const PLACES: CrisisFeature[] = ['travelPlace', 'naturePlace'];
const RELEVANT: Record<CrisisKind, Set<CrisisFeature>> = {
  self_harm: new Set(['selfHarm', 'despair', 'despairWeak']),
  health_threat: new Set(['health', 'healthWeak', 'disaster', 'urgency', ...PLACES]),
  child_at_risk: new Set([
    'child',
    'missing',
    'missingWeak',
    'lost',
    'childDanger',
    'violence',
    'unreachable',
    'stuck',
  ]),
  vulnerable: new Set([
    'vulnerablePerson',
    'missing',
    'missingWeak',
    'lost',
    'violence',
    'stuck',
    'noMeans',
    ...PLACES,
  ]),
  lost: new Set(['lost', 'missing', 'unreachable', 'person', ...PLACES, 'noMeans', 'night']),
  stranded: new Set([
    'strandedStrong',
    'stuck',
    'noMeans',
    'noSignal',
    ...PLACES,
    'remote',
    'weather',
    'night',
  ]),
};

const SEVERITY: CrisisFeature[] = [
  'urgency',
  'weather',
  'night',
  'duration',
  'accident',
  'remote',
  'child',
  'vulnerablePerson',
];

const HARDSHIP: CrisisFeature[] = ['urgency', 'weather', 'night', 'duration', 'accident', 'remote'];

function decideCrisis(hits: readonly CrisisHit[]): CrisisKind | undefined {
  const count = new Map<CrisisFeature, number>();
  for (const h of hits) count.set(h.entry.f, (count.get(h.entry.f) ?? 0) + 1);
  const n = (f: CrisisFeature) => count.get(f) ?? 0;
  const has = (...fs: CrisisFeature[]) => fs.some((f) => n(f) > 0);

  if (has('selfHarm') || n('despair') + n('despairWeak') / 2 >= 2) return 'self_harm';
  const someone = has('person', 'child', 'vulnerablePerson');
  const context = has('urgency', 'stuck', 'lost', 'missing', ...PLACES) || someone;
  if (has('health', 'disaster') || (has('healthWeak') && context)) return 'health_threat';

  const place = has(...PLACES, 'remote');
  const severe = has(...SEVERITY);
  const stranded =
    has('strandedStrong') ||
    (has('stuck') && place && (severe || has('noMeans', 'noSignal'))) ||
    (has('stuck') && has('noMeans') && severe) ||
    // A child abroad with a zero balance asking for roaming is a request, not a crisis: here the
    // child alone does not count as severity.
    (has('travelPlace', 'remote') && has('noMeans') && (has(...HARDSHIP) || n('noMeans') >= 2));
  const missing = has('missing') && someone;
  const outdoorsUnreachable =
    has('unreachable') && has('naturePlace') && has('night', 'duration', 'weather', 'urgency', 'accident');
  const lost = has('lost') || missing || outdoorsUnreachable;

  if (
    has('child') &&
    (lost ||
      stranded ||
      has('missing', 'missingWeak', 'childDanger', 'violence') ||
      (has('unreachable') && has('night', 'duration')))
  )
    return 'child_at_risk';
  const unreachableLong = has('unreachable') && has('duration', 'night');
  if (has('vulnerablePerson') && (lost || stranded || unreachableLong || has('missingWeak', 'violence')))
    return 'vulnerable';
  if (has('violence')) return 'vulnerable';
  if (lost) return 'lost';
  if (stranded) return 'stranded';
  return undefined;
}
