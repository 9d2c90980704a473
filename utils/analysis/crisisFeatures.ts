import { CRISIS_BODY_CUES } from './crisisBodyCues';
import { CRISIS_CONTEXT } from './crisisContext';
import type { CrisisEntry, CrisisFeature } from './crisisFeature';
import {
  AWAY_PREDICAMENTS,
  BODILY,
  COMPANION,
  DIGITAL_PRONE,
  FIGURATIVE,
  GUARDED,
  PREDICATES,
  SELF_HARM_FAMILY,
} from './crisisFeatureSets';
import {
  ANTI_PHRASES,
  CALM,
  CARED_FOR,
  DIGITAL_CONTEXT,
  ELAPSED,
  HYPERBOLE,
  NON_ACTUAL,
  PAST,
  RESOLVED,
  SERVICE,
  SERVICE_QUESTION,
} from './crisisGuards';
import { CRISIS_HARDSHIP_CUES } from './crisisHardshipCues';
import { CRISIS_PREDICAMENT_CUES } from './crisisPredicamentCues';
import { CRISIS_SELF_HARM_CUES } from './crisisSelfHarmCues';
import { compileLexicon, findHits, type Hit } from './lexicon';
import { namedPlaces } from './namedPlaces';
import type { Token } from './tokenize';
import { isNegated, near, withSomeone } from './tokenWindow';

type Role =
  | 'cue'
  | 'digital'
  | 'serviceQuestion'
  | 'service'
  | 'nonActual'
  | 'past'
  | 'resolved'
  | 'caredFor'
  | 'calm'
  | 'elapsed'
  | 'anti'
  | 'hyperbole';
interface Tagged extends CrisisEntry {
  role: Role;
}
const tag = (role: Role, entries: CrisisEntry[]): Tagged[] => entries.map((e) => ({ ...e, role }));
// One lexicon, one pass over the message: cues and the guards that may cancel them.
const lexicon = compileLexicon([
  ...tag('cue', [
    ...CRISIS_SELF_HARM_CUES,
    ...CRISIS_BODY_CUES,
    ...CRISIS_PREDICAMENT_CUES,
    ...CRISIS_HARDSHIP_CUES,
    ...CRISIS_CONTEXT,
  ]),
  ...tag('digital', DIGITAL_CONTEXT),
  ...tag('serviceQuestion', SERVICE_QUESTION),
  ...tag('service', SERVICE),
  ...tag('nonActual', NON_ACTUAL),
  ...tag('past', PAST),
  ...tag('resolved', RESOLVED),
  ...tag('calm', CALM),
  ...tag('elapsed', ELAPSED),
  ...tag('caredFor', CARED_FOR),
  ...tag('anti', ANTI_PHRASES),
  ...tag('hyperbole', HYPERBOLE),
]);

/** One surviving cue of a message: the concept, and where it is written. */
export interface CrisisCue {
  f: CrisisFeature;
  start: number;
  end: number;
  text: string;
}

export interface MessageCrisisFeatures {
  cues: CrisisCue[];
  /** The message says the crisis is over ("нас нашли", "we're safe now"). */
  resolved: boolean;
  /** The message is calm ("всё хорошо") and carries no predicament of its own. */
  calm: boolean;
  /** Crisis words used as a figure of speech about the service: frustration, for the emotion reader. */
  figures?: { start: number; end: number }[];
  /** A crisis word was set aside as past, resolved, hypothetical or fiction. */
  framed?: boolean;
}

const IF_WORDS = new Set(['если', 'if']);

/** The speaker is one of a group: children mentioned with "we're stuck" are with them. */
const WE = new Set(['мы', 'нас', 'нам', 'we', 'were', 'us', 'our']);

type TaggedHit = Hit<Tagged>;
const NONE: TaggedHit[] = [];

/** The cues of a message that survive negation, idioms, hypotheticals, past stories and digital context. */
export function crisisFeatures(text: string, tokens: readonly Token[]): MessageCrisisFeatures {
  const byRole = new Map<Role, TaggedHit[]>();
  for (const h of findHits(lexicon, tokens)) {
    const list = byRole.get(h.entry.role);
    if (list) list.push(h);
    else byRole.set(h.entry.role, [h]);
  }
  const of = (role: Role): TaggedHit[] => byRole.get(role) ?? NONE;
  const cueHits = of('cue');
  const antiHits = of('anti');
  const overlapsAnti = (h: TaggedHit) => antiHits.some((a) => a.from < h.to && h.from < a.to);
  const resolvedHits = of('resolved').filter((h) => !overlapsAnti(h) && !isNegated(tokens, h.from));
  const resolved = resolvedHits.length > 0;
  const calmHit = () => of('calm').some((h) => !isNegated(tokens, h.from));
  if (!cueHits.some((h) => GUARDED.has(h.entry.f))) {
    return { cues: [], resolved, calm: resolved || calmHit() };
  }

  const elapsedSentences = new Set(of('elapsed').map((h) => tokens[h.from]!.sentence));
  const unrealHits = of('nonActual').filter(
    (h) => !overlapsAnti(h) && !elapsedSentences.has(tokens[h.from]!.sentence),
  );
  const unrealSentences = new Set(unrealHits.map((h) => tokens[h.from]!.sentence));
  // A threat is a condition ("угрожает выложить фото, если она не придёт"): an "если" alone does not
  // make violence hypothetical.
  const conditionOnly = new Set(
    [...unrealSentences].filter((sentence) =>
      unrealHits.every((h) => tokens[h.from]!.sentence !== sentence || IF_WORDS.has(tokens[h.from]!.norm)),
    ),
  );
  const storyIsOver = resolved || of('past').some((h) => !overlapsAnti(h));
  const caredFor = of('caredFor').some((h) => !isNegated(tokens, h.from));
  // A service word that is part of a cue ("баланс ноль", "нет связи") is not context.
  const inCue = (o: TaggedHit) => cueHits.some((c) => c.from <= o.from && o.to <= c.to);
  const digitalHits = of('digital').filter((o) => !inCue(o));
  const hyperboleHits = of('hyperbole');
  const serviceSentences = new Set(of('serviceQuestion').map((h) => tokens[h.from]!.sentence));

  // Crisis words said of the service ("stuck in your app", "хочу умереть, когда вижу ваши цены"):
  // not a crisis, but frustration the emotion reader can use.
  const figures: { start: number; end: number }[] = [];
  const figure = (h: TaggedHit) => {
    if (FIGURATIVE.has(h.entry.f)) figures.push({ start: tokens[h.from]!.start, end: tokens[h.to - 1]!.end });
    return false;
  };
  // A crisis word was dropped as past, resolved, hypothetical or fiction: the model should not
  // read the message as a crisis on its own either ("смотрю сериал, там девушка заблудилась").
  let framed = false;
  const kept = cueHits.filter((h) => {
    const f = h.entry.f;
    if (!GUARDED.has(f)) return true;
    if (overlapsAnti(h) || isNegated(tokens, h.from)) return false;
    if (caredFor && AWAY_PREDICAMENTS.has(f)) return false;
    const sentence = tokens[h.from]!.sentence;
    const unreal = unrealSentences.has(sentence) && !(f === 'violence' && conditionOnly.has(sentence));
    if (!SELF_HARM_FAMILY.has(f) && (storyIsOver || unreal)) {
      framed = true;
      return false;
    }
    if (DIGITAL_PRONE.has(f) && near(tokens, h, digitalHits, 2, 5)) return figure(h);
    if (DIGITAL_PRONE.has(f) && serviceSentences.has(tokens[h.from]!.sentence)) return false;
    if (f === 'duration' && isShortWait(h.entry.p, text.slice(tokens[h.from]!.start, tokens[h.to - 1]!.end)))
      return false;
    // "оператор не отвечает", "the app isn't responding": the subject is a service
    if (f === 'unreachable' && near(tokens, h, digitalHits, 2, 0)) return false;
    // "хочу умереть, когда вижу ваши цены": the figure of speech may follow in the next clause
    if (BODILY.has(f) && near(tokens, h, hyperboleHits, 3, 5, true)) return figure(h);
    // "не хочу жить с этим тарифом"; and for the weaker signs the whole sentence counts:
    // "всё, это конец — расторгаю договор" is the end of a contract
    if (SELF_HARM_FAMILY.has(f) && near(tokens, h, digitalHits, 3, 3, f !== 'selfHarm')) return figure(h);
    // "замерзает экран", "угрожаете отключить": a body word about a device or the company
    if ((f === 'health' || f === 'violence') && near(tokens, h, digitalHits, 1, 2)) return figure(h);
    return true;
  });

  // "стою на мосту" holds "на мосту": one signal, not two
  const distinct = kept.filter(
    (h) =>
      !kept.some(
        (o) =>
          o !== h &&
          o.entry.f === h.entry.f &&
          o.from <= h.from &&
          h.to <= o.to &&
          o.to - o.from > h.to - h.from,
      ),
  );
  // "we're stuck in the snow… kids are cold": the children are stuck with the speaker
  const we = tokens.some((t) => WE.has(t.norm));
  const stuckHere = distinct.some((h) => h.entry.f === 'stuck' || h.entry.f === 'strandedStrong');
  const cues: CrisisCue[] = distinct.map((h) => {
    const start = tokens[h.from]!.start;
    const end = tokens[h.to - 1]!.end;
    const companion = COMPANION[h.entry.f] && (withSomeone(tokens, h) || (we && stuckHere));
    const f = companion ? COMPANION[h.entry.f]! : h.entry.f;
    return { f, start, end, text: text.slice(start, end) };
  });
  // Said among words about the service, despair is more likely frustration (see decideCrisis).
  if (of('service').some((o) => !inCue(o))) cues.push({ f: 'service', start: 0, end: 0, text: '' });
  for (const p of namedPlaces(text, tokens)) {
    cues.push({ f: 'namedPlace', start: p.start, end: p.end, text: text.slice(p.start, p.end) });
  }
  const hasPredicate = kept.some((h) => PREDICATES.has(h.entry.f));
  return { cues, resolved, calm: !hasPredicate && (resolved || calmHit()), figures, framed };
}

/** A wait in minutes or of an hour or two is no hardship ("рейс задержали на 2 часа"). */
function isShortWait(pattern: string, written: string): boolean {
  if (!pattern.includes('#')) return false;
  const m = /(\d+)\s*(мин|min|ч|h)/iu.exec(written);
  if (!m) return false;
  return /^(мин|min)/iu.test(m[2]!) || Number(m[1]) < 3;
}
