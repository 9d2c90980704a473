import { CRISIS_BODY_CUES } from './crisisBodyCues';
import { ANTI_PHRASES, CRISIS_CONTEXT, DIGITAL_CONTEXT, HYPERBOLE, NON_ACTUAL, PAST } from './crisisContext';
import type { CrisisEntry, CrisisFeature } from './crisisFeature';
import { CRISIS_PREDICAMENT_CUES } from './crisisPredicamentCues';
import { NEGATORS } from './emotionLexicon';
import { compileLexicon, findHits, type Hit } from './lexicon';
import type { Token } from './tokenize';

type Role = 'cue' | 'digital' | 'nonActual' | 'past' | 'anti' | 'hyperbole';
interface Tagged extends CrisisEntry {
  role: Role;
}
const tag = (role: Role, entries: CrisisEntry[]): Tagged[] => entries.map((e) => ({ ...e, role }));
// One lexicon, one pass over the message: cues and the guards that may cancel them.
const lexicon = compileLexicon([
  ...tag('cue', [...CRISIS_BODY_CUES, ...CRISIS_PREDICAMENT_CUES, ...CRISIS_CONTEXT]),
  ...tag('digital', DIGITAL_CONTEXT),
  ...tag('nonActual', NON_ACTUAL),
  ...tag('past', PAST),
  ...tag('anti', ANTI_PHRASES),
  ...tag('hyperbole', HYPERBOLE),
]);

/** Predicates: what happens to someone. Context features (places, persons) are never discarded. */
const PREDICATES = new Set<CrisisFeature>([
  'selfHarm',
  'despair',
  'despairWeak',
  'health',
  'healthWeak',
  'lost',
  'missing',
  'missingWeak',
  'violence',
  'disaster',
  'stuck',
  'strandedStrong',
  'noMeans',
  'noSignal',
  'childDanger',
  'unreachable',
]);
/** Predicates that also describe software or money ("застрял платёж", "заблудился в меню"). */
const DIGITAL_PRONE = new Set<CrisisFeature>([
  'lost',
  'missing',
  'missingWeak',
  'stuck',
  'strandedStrong',
  'healthWeak',
  'unreachable',
]);
/** Missing a real self-harm message for "если" ("зачем мне связь, если жить не собираюсь") costs too much. */
const ALWAYS_ACTUAL = new Set<CrisisFeature>(['selfHarm', 'despair', 'despairWeak']);
const BODILY = new Set<CrisisFeature>(['selfHarm', 'despair', 'despairWeak', 'health', 'healthWeak']);

export type CrisisHit = Hit<CrisisEntry>;

/** The cues of a message that survive negation, idioms, hypotheticals and digital context. */
export function crisisFeatures(tokens: readonly Token[]): CrisisHit[] {
  const all = findHits(lexicon, tokens);
  const of = (role: Role) => all.filter((h) => h.entry.role === role);
  const hits = of('cue');
  if (!hits.some((h) => PREDICATES.has(h.entry.f))) return [];
  const antiHits = of('anti');
  const overlapsAnti = (h: { from: number; to: number }) =>
    antiHits.some((a) => a.from < h.to && h.from < a.to);
  const unrealSentences = new Set(
    of('nonActual')
      .filter((h) => !overlapsAnti(h))
      .map((h) => tokens[h.from]!.sentence),
  );
  const storyIsOver = of('past').some((h) => !overlapsAnti(h));
  const digitalHits = of('digital');
  const hyperboleHits = of('hyperbole');
  return hits.filter((h) => {
    const f = h.entry.f;
    if (!PREDICATES.has(f)) return true;
    if (
      overlapsAnti(h) ||
      ((storyIsOver || unrealSentences.has(tokens[h.from]!.sentence)) && !ALWAYS_ACTUAL.has(f)) ||
      isNegated(tokens, h.from)
    )
      return false;
    if (DIGITAL_PRONE.has(f) && near(tokens, h, digitalHits, 2, 5)) return false;
    if (BODILY.has(f) && near(tokens, h, hyperboleHits, 3, 3)) return false;
    // "замерзает экран", "угрожаете отключить": a body word about a device or the company
    if ((f === 'health' || f === 'violence') && near(tokens, h, digitalHits, 1, 2)) return false;
    return true;
  });
}

function isNegated(tokens: readonly Token[], from: number): boolean {
  if (NEGATORS.has(tokens[from]!.norm)) return false; // the phrase carries its own negation ("не дышит")
  const clause = tokens[from]!.clause;
  for (let i = from - 1; i >= Math.max(0, from - 2); i--) {
    const t = tokens[i]!;
    if (t.clause !== clause) break;
    if (NEGATORS.has(t.norm)) return true;
  }
  return false;
}

/** Whether any of `others` lies in the same clause, at most `before` words before or `after` words after `h`. */
function near(
  tokens: readonly Token[],
  h: { from: number; to: number },
  others: readonly { from: number; to: number }[],
  before: number,
  after: number,
): boolean {
  const clause = tokens[h.from]!.clause;
  return others.some(
    (o) =>
      tokens[o.from]!.clause === clause &&
      o.to > h.from - before &&
      o.from < h.to + after &&
      // a word inside the cue itself ("телефон выключен") is not context
      !(o.from >= h.from && o.to <= h.to),
  );
}
