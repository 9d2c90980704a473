/**
 * Crisis signals, grouped by concept. A crisis is decided from how the concepts co-occur (see
 * `decideCrisis`), rarely from one word: "лес" or "трасса" alone is a coverage question, "застрял"
 * alone may be a payment screen, "без денег" alone is a promised-payment request.
 *
 * The vocabularies are written per concept (every way people say "the car died", "I don't know
 * where I am", "I want it all to end"), not per example message, so that new messages match.
 */
export type CrisisFeature =
  /** A word the crisis model weighed most, shown when only the model saw the crisis. Never decides. */
  | 'model'
  // --- self-harm and despair: weighed together (see `SELF_HARM_WEIGHT` in decideCrisis)
  /** Explicit wish or plan to die or hurt oneself: enough on its own. */
  | 'selfHarm'
  /** Hopelessness: "не вижу выхода", "I can't go on". */
  | 'despair'
  | 'despairWeak'
  /** Saying goodbye or last words: "передайте маме, что я её люблю", "say goodbye to everyone". */
  | 'farewell'
  | 'farewellWeak'
  /** A decision or an end: "я всё решила", "сегодня всё закончится", "won't be around after tonight". */
  | 'finality'
  /** The means at hand: pills ready, a rope, "going to jump". */
  | 'method'
  /** A high place ("на крыше", "on the bridge"): weighs only with other signs. */
  | 'perch'
  /** A word about the service or the bill: despair next to it is usually frustration. Never shown. */
  | 'service'
  // --- the body
  /** An emergency about someone's body, enough on its own. */
  | 'health'
  /** A health word that needs a person, urgency, a place or a hardship nearby ("травма", "упал"). */
  | 'healthWeak'
  /** Someone is being attacked, threatened or followed. */
  | 'violence'
  /** Fire, flood, gas: a threat to everyone there. */
  | 'disaster'
  // --- predicaments
  /** Not knowing where one is or how to get out. */
  | 'lost'
  /** Someone has not come back / is missing (needs a person). */
  | 'missing'
  /** "до сих пор нет": counts as missing only for a child, a vulnerable person or at night. */
  | 'missingWeak'
  /** Cannot move on: broken car, stuck in snow, missed or cancelled transport, left behind. */
  | 'stuck'
  /** Enough on its own: "stranded", "отстал от поезда", "льдину оторвало". */
  | 'strandedStrong'
  /** Robbed, wallet or passport stolen, cards blocked: means gone while away from home. */
  | 'robbed'
  /** Danger specific to a child (locked in, followed by a stranger, taken). */
  | 'childDanger'
  /** "закрылся в ванной": alarming only with silence, panic or a health sign. */
  | 'lockedIn'
  /** Cannot reach someone; means something only with a person at risk and the hour or the place. */
  | 'unreachable'
  // --- hardships: each distinct one makes a predicament worse
  | 'noMoney'
  /** Phone dying, a few per cent of charge, no charger. */
  | 'lowPower'
  /** No signal: makes a stuck or lost person worse off, but alone it is a coverage complaint. */
  | 'noSignal'
  /** No food, water, fuel, heating or shelter: "ночевать негде", "печка не работает". */
  | 'noSupplies'
  | 'weather'
  | 'night'
  /** Long waits: "вторые сутки", "уже три часа". */
  | 'duration'
  | 'accident'
  /** Pleading, panic, 112: the message is not a routine question. */
  | 'urgency'
  /** "одна", "alone", "никого вокруг". */
  | 'alone'
  // --- where and who
  /** Far from help: "до ближайшего села 50 км", "в степи", "middle of nowhere". */
  | 'remote'
  | 'travelPlace'
  /** A capitalised name after "в / под / между / near / in": a town, a country, a road. */
  | 'namedPlace'
  | 'naturePlace'
  /** A child mentioned as the one in trouble. A child with the speaker is `childCompanion`. */
  | 'child'
  /** Retagged from `child` when it follows "с / со / with": the child is with an adult. */
  | 'childCompanion'
  | 'vulnerablePerson'
  /** Retagged from `vulnerablePerson` after "с / со / with": "со мной пожилая мама". */
  | 'vulnerableCompanion'
  | 'person';

export interface CrisisEntry {
  p: string;
  f: CrisisFeature;
}

export const cue = (feature: CrisisFeature, ...patterns: string[]): CrisisEntry[] =>
  patterns.map((p) => ({ p, f: feature }));
