import type { CrisisFeature } from './crisisFeature';

/** Groups of crisis concepts that the guards in `crisisFeatures` treat alike. */

/** Predicates: what happens to someone. Places and persons are context and never discarded. */
export const PREDICATES = new Set<CrisisFeature>([
  'selfHarm',
  'despair',
  'despairWeak',
  'farewell',
  'farewellWeak',
  'finality',
  'method',
  'perch',
  'health',
  'healthWeak',
  'violence',
  'disaster',
  'lost',
  'missing',
  'missingWeak',
  'stuck',
  'strandedStrong',
  'robbed',
  'childDanger',
  'lockedIn',
  'unreachable',
]);
/** Hardships are guarded like predicates: "в прошлом году без денег на вокзале" is a story. */
export const HARDSHIP_CUES: CrisisFeature[] = [
  'noMoney',
  'lowPower',
  'noSignal',
  'noSupplies',
  'weather',
  'night',
  'duration',
  'accident',
  'urgency',
  'alone',
];
export const GUARDED = new Set<CrisisFeature>([...PREDICATES, ...HARDSHIP_CUES]);
/** Predicates that also describe software or money ("застрял платёж", "заблудился в меню"). */
export const DIGITAL_PRONE = new Set<CrisisFeature>([
  'lost',
  'missing',
  'missingWeak',
  'stuck',
  'strandedStrong',
  'healthWeak',
  'disaster',
]);
/** Cues that, cancelled as a figure of speech about the service, show frustration. */
export const FIGURATIVE = new Set<CrisisFeature>([
  'selfHarm',
  'despair',
  'despairWeak',
  'finality',
  'health',
  'healthWeak',
]);
/** What someone with a roof for the night no longer faces. */
export const AWAY_PREDICAMENTS = new Set<CrisisFeature>([
  'stuck',
  'strandedStrong',
  'robbed',
  'noSupplies',
  'noMoney',
]);
/** Said of a person or of the service ("не хочу жить с этим тарифом", "прощайте, ухожу к другому оператору"). */
export const SELF_HARM_FAMILY = new Set<CrisisFeature>([
  'selfHarm',
  'despair',
  'despairWeak',
  'farewell',
  'farewellWeak',
  'finality',
  'method',
  'perch',
]);
export const BODILY = new Set<CrisisFeature>([...SELF_HARM_FAMILY, 'health', 'healthWeak']);
/** "мы с сыном", "with my two kids": a child or an elderly person with an adult is company, not the one at risk. */
export const COMPANION: Partial<Record<CrisisFeature, CrisisFeature>> = {
  child: 'childCompanion',
  vulnerablePerson: 'vulnerableCompanion',
};
