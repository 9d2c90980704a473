import type { CrisisFeature } from './crisisFeature';
import { HARDSHIP_CUES } from './crisisFeatureSets';

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

/**
 * How much each self-harm signal weighs, and its cap when repeated. A crisis at 2 in total, at 1.5
 * when two different kinds of signal meet, at 2.5 when the message also talks about the service.
 */
const SELF_HARM_WEIGHT: Partial<Record<CrisisFeature, { w: number; cap: number }>> = {
  selfHarm: { w: 2, cap: 2 },
  despair: { w: 1, cap: 1.5 },
  despairWeak: { w: 0.5, cap: 1 },
  farewell: { w: 1, cap: 2 },
  farewellWeak: { w: 0.5, cap: 0.5 },
  finality: { w: 1, cap: 1.5 },
  method: { w: 1, cap: 1 },
  perch: { w: 0.5, cap: 1 },
};

const SELF_HARM_ENTRIES = Object.entries(SELF_HARM_WEIGHT) as [CrisisFeature, { w: number; cap: number }][];

/** What makes a predicament worse; each kind counts once. */
const HARDSHIPS: CrisisFeature[] = [
  ...HARDSHIP_CUES,
  'remote',
  'robbed',
  'childCompanion',
  'vulnerableCompanion',
];
/** Hardships of someone away from home: what 1041's family at the bus station lacks. */
const MEANS: CrisisFeature[] = ['noMoney', 'noSupplies', 'robbed'];
/** Survival hardships: a dying phone abroad with a zero balance is a top-up request, not a crisis. */
const MEANS_PLUS: CrisisFeature[] = [
  ...MEANS,
  'weather',
  'night',
  'alone',
  'urgency',
  'duration',
  'childCompanion',
  'vulnerableCompanion',
];
/** A child or an elderly person alone somewhere is at risk when one of these comes too. */
const ALONE_AND: CrisisFeature[] = ['night', 'lowPower', 'noMoney', 'urgency', 'weather'];
/** Children left alone at home are at risk when two of these come too. */
const CHILD_ALONE_AND: CrisisFeature[] = ['duration', 'night', 'urgency', 'noSupplies', 'childDanger'];
const PLACES: CrisisFeature[] = ['travelPlace', 'naturePlace', 'namedPlace', 'remote'];
const AWAY: CrisisFeature[] = ['travelPlace', 'namedPlace', 'remote'];

/**
 * The crisis kind a bag of concepts adds up to, or undefined. The bag may come from one message or
 * from a few consecutive customer messages (a story told in parts).
 */
export function decideCrisis(features: readonly { f: CrisisFeature }[]): CrisisKind | undefined {
  if (features.length === 0) return undefined;
  const count: Partial<Record<CrisisFeature, number>> = {};
  for (const { f } of features) count[f] = (count[f] ?? 0) + 1;
  const n = (f: CrisisFeature) => count[f] ?? 0;
  const has = (...fs: CrisisFeature[]) => fs.some((f) => n(f) > 0);
  const distinct = (fs: readonly CrisisFeature[]) => fs.filter((f) => n(f) > 0).length;

  let selfHarm = 0;
  for (const [f, { w, cap }] of SELF_HARM_ENTRIES) selfHarm += Math.min(cap, n(f) * w);
  // Different kinds of signal meeting weigh more than one kind repeated: "всё, это конец. Больше не
  // могу" (an end + hopelessness), "таблетки передо мной. Сил нет" (the means + hopelessness).
  const kinds = [
    has('despair', 'despairWeak'),
    has('farewell', 'farewellWeak'),
    has('finality'),
    has('method', 'perch'),
  ].filter(Boolean).length;
  // In a message about the bill or the service, "больше не могу… это конец" is usually frustration.
  const service = has('service');
  const bar = service ? 2.5 : kinds >= 2 ? 1.5 : 2;
  if (has('selfHarm') || selfHarm >= bar || (has('method') && kinds >= 2 && !service)) return 'self_harm';

  const someone = has('person', 'child', 'childCompanion', 'vulnerablePerson', 'vulnerableCompanion');
  const place = has(...PLACES);
  const hardship = distinct(HARDSHIPS);
  const predicament = has('lost', 'missing', 'stuck', 'strandedStrong', 'robbed', 'unreachable');
  const weakHealthInContext =
    has('healthWeak') &&
    (has('urgency') ||
      predicament ||
      (place && hardship > 0) ||
      (someone && n('healthWeak') >= 2) ||
      (has('vulnerablePerson') && has('alone')) ||
      has('alone', 'night'));
  if (has('health', 'disaster') || weakHealthInContext) return 'health_threat';

  const stranded =
    has('strandedStrong') ||
    (has('stuck') && place && hardship >= 1) ||
    (has('stuck') && hardship >= 2) ||
    (has('robbed') && has(...AWAY) && hardship >= 2) ||
    (has(...AWAY) && distinct(MEANS) >= 1 && distinct(MEANS_PLUS) >= 2);
  const someoneAtRisk = has('person', 'child', 'vulnerablePerson');
  const missing =
    (has('missing') && someoneAtRisk) ||
    (has('missingWeak') && has('child', 'vulnerablePerson') && has('night', 'duration', 'unreachable'));
  const unreachableLong = has('unreachable') && has('night', 'duration', 'weather');
  // "закрылся в ванной и не отвечает"
  const lockedInSilent = has('lockedIn') && has('unreachable', 'urgency', 'healthWeak');
  const outdoorsUnreachable =
    has('unreachable') && has('naturePlace') && (unreachableLong || has('urgency', 'accident'));
  const lost = has('lost') || missing || outdoorsUnreachable;

  if (
    has('child') &&
    (lost ||
      stranded ||
      has('childDanger', 'violence') ||
      lockedInSilent ||
      unreachableLong ||
      (has('alone') && (has('unreachable') || (place && has(...ALONE_AND)))) ||
      // children alone for days, crying: no place needed, the hours and the fear are enough
      (has('alone') && distinct(CHILD_ALONE_AND) >= 2))
  )
    return 'child_at_risk';
  if (
    has('vulnerablePerson') &&
    (lost ||
      stranded ||
      unreachableLong ||
      has('violence') ||
      lockedInSilent ||
      (has('missingWeak') && has('night', 'duration', 'unreachable')) ||
      (has('alone') && place && has(...ALONE_AND)))
  )
    return 'vulnerable';
  if (has('violence')) return 'vulnerable';
  // robbed or scammed of everything, with nothing left for food or medicine
  if (has('robbed') && has('noSupplies') && !place) return 'vulnerable';
  if (lost) return 'lost';
  if (stranded) return 'stranded';
  return undefined;
}

const SELF_HARM_CUES = new Set<CrisisFeature>(Object.keys(SELF_HARM_WEIGHT) as CrisisFeature[]);
const CONTEXT: CrisisFeature[] = ['travelPlace', 'naturePlace', 'namedPlace', 'remote', 'urgency'];
const PEOPLE: CrisisFeature[] = ['child', 'childCompanion', 'vulnerablePerson', 'vulnerableCompanion'];
const PREDICAMENTS: CrisisFeature[] = ['lost', 'missing', 'missingWeak', 'stuck', 'strandedStrong', 'robbed'];

/** The cues worth showing for a kind (the operator sees why the banner is up). */
export const RELEVANT: Record<CrisisKind, Set<CrisisFeature>> = {
  self_harm: SELF_HARM_CUES,
  health_threat: new Set(['health', 'healthWeak', 'disaster', ...CONTEXT, ...HARDSHIPS]),
  child_at_risk: new Set([
    'child',
    'childDanger',
    'lockedIn',
    'violence',
    'unreachable',
    ...PREDICAMENTS,
    ...CONTEXT,
    ...HARDSHIPS,
  ]),
  vulnerable: new Set([
    ...PEOPLE,
    'violence',
    'unreachable',
    'childDanger',
    'lockedIn',
    ...PREDICAMENTS,
    ...CONTEXT,
    ...HARDSHIPS,
  ]),
  lost: new Set(['unreachable', 'person', ...PREDICAMENTS, ...CONTEXT, ...HARDSHIPS]),
  stranded: new Set([...PREDICAMENTS, ...CONTEXT, ...HARDSHIPS]),
};
