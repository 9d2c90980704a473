/**
 * Crisis signals, grouped by what they say about the situation. A crisis is decided from how the
 * groups co-occur (see `decideCrisis`), rarely from one word: "лес" or "трасса" alone is a coverage
 * question, "застрял" alone may be a payment screen, "без денег" alone is a promised-payment request.
 */
export type CrisisFeature =
  /** Explicit wish or plan to die or hurt oneself. */
  | 'selfHarm'
  /** Signs of despair or farewell; weigh 1, `despairWeak` 0.5; a sum of 2 counts as self-harm. */
  | 'despair'
  | 'despairWeak'
  /** An emergency about someone's body, enough on its own. */
  | 'health'
  /** A health word that needs urgency, a person or a place nearby ("травма", "скорая", "замёрзли"). */
  | 'healthWeak'
  /** Someone is being attacked, threatened or followed. */
  | 'violence'
  /** Fire, flood, gas: a threat to everyone there. */
  | 'disaster'
  /** Not knowing where one is or how to get out. */
  | 'lost'
  /** Someone has not come back / is missing (needs a person). */
  | 'missing'
  /** "до сих пор нет": counts as missing only for a child or a vulnerable person. */
  | 'missingWeak'
  /** Cannot move on: broken car, missed train, road closed. */
  | 'stuck'
  /** Enough on its own: "stranded", "отстал от поезда", "на льдине". */
  | 'strandedStrong'
  /** No money, zero balance, dead or dying phone, stolen wallet. */
  | 'noMeans'
  /** No signal: makes a stuck or lost person worse off, but alone it is a coverage complaint. */
  | 'noSignal'
  /** Danger specific to a child (locked in, beaten, followed by a stranger). */
  | 'childDanger'
  /** Cannot reach someone; means something only with a person at risk and the hour or the place. */
  | 'unreachable'
  | 'urgency'
  | 'weather'
  | 'night'
  /** Long waits: "вторые сутки", "уже три часа". */
  | 'duration'
  | 'accident'
  /** Far from help: "до ближайшего села 50 км", "в степи". */
  | 'remote'
  | 'travelPlace'
  | 'naturePlace'
  | 'child'
  | 'vulnerablePerson'
  | 'person';

export interface CrisisEntry {
  p: string;
  f: CrisisFeature;
}

export const cue = (feature: CrisisFeature, ...patterns: string[]): CrisisEntry[] =>
  patterns.map((p) => ({ p, f: feature }));
