import type { ConversationSnapshot } from '../conversation/types';
import { detectCrisis } from './detectCrisis';
import { detectIntents } from './detectIntents';
import { DRAFT_LEXICON, type DraftEntry, type DraftHintKind } from './draftLexicon';
import { compileLexicon, findHits, type Hit } from './lexicon';
import { recentCustomerTexts } from './recentCustomerTexts';
import { recentEmotion } from './recentEmotion';
import { normalizeWord, type Token, tokenize } from './tokenize';

export type { DraftHintKind } from './draftLexicon';

export interface DraftHint {
  kind: DraftHintKind;
  message: { ru: string; en: string };
  /** The words in the draft the hint is about. */
  span?: { start: number; end: number };
}

export interface DraftCheck {
  hints: DraftHint[];
  /** True when there is nothing to suggest. Hints never block sending. */
  ok: boolean;
}

const MESSAGES: Record<DraftHintKind, { ru: string; en: string }> = {
  acknowledge_feeling: {
    ru: 'Клиент взволнован — признайте его чувства («Понимаю, как это неприятно…»).',
    en: 'The customer is upset — acknowledge the feeling ("I understand how frustrating this is…").',
  },
  address_person: {
    ru: 'Обратитесь к клиенту лично: по имени или на «вы».',
    en: 'Address the customer personally: by name, or as "you".',
  },
  next_step: {
    ru: 'Назовите конкретный следующий шаг: что вы сделаете или что сделать клиенту.',
    en: 'Give a concrete next step: what you will do, or what the customer should do.',
  },
  time: {
    ru: 'Укажите срок: когда будет результат или когда вы свяжетесь.',
    en: 'Say when: when the result will come or when you will get back.',
  },
  rulebook: {
    ru: 'Канцелярит («согласно регламенту») звучит холодно — объясните своими словами.',
    en: 'Rulebook language ("according to our policy") sounds cold — explain in your own words.',
  },
  blame: {
    ru: 'Фраза звучит как упрёк клиенту — лучше сказать, как исправить ситуацию.',
    en: 'This sounds like blaming the customer — say how to fix it instead.',
  },
  refusal: {
    ru: 'Голый отказ — предложите, что вы всё-таки можете сделать.',
    en: 'A flat refusal — offer what you can do instead.',
  },
};

const lexicon = compileLexicon(DRAFT_LEXICON);
const UPSET = new Set(['anger', 'worry', 'sadness', 'confusion']);
const MIN_INTENSITY = 0.3;

/**
 * Gentle hints on the operator's draft reply, given the conversation: acknowledge the customer's
 * feeling, address them, name a next step and a time, and avoid rulebook phrases, blame and flat
 * refusals. Never blocking: the operator decides.
 */
export function checkDraft(
  draft: string,
  snapshot: Pick<ConversationSnapshot, 'messages' | 'subscriber'>,
): DraftCheck {
  if (draft.trim() === '') return { hints: [], ok: true };
  const tokens = tokenize(draft);
  const hits = findHits(lexicon, tokens);
  const found = (k: DraftEntry['k']) => hits.filter((h) => h.entry.k === k);
  const hints: DraftHint[] = [];

  const texts = recentCustomerTexts(snapshot);
  const last = texts[0] ?? '';
  const emotion = recentEmotion(texts);
  const crisis = last ? detectCrisis(texts.join('\n')).isCrisis : false;
  const upset = crisis || (UPSET.has(emotion.emotion) && emotion.intensity >= MIN_INTENSITY);
  if (upset && found('ack').length === 0)
    hints.push({ kind: 'acknowledge_feeling', message: MESSAGES.acknowledge_feeling });

  if (found('you').length === 0 && !mentionsName(tokens, snapshot.subscriber.name))
    hints.push({ kind: 'address_person', message: MESSAGES.address_person });

  // A next step and a time only matter when the customer has a problem or a question.
  const needsAction = upset || last.includes('?') || detectIntents(last).length > 0;
  if (needsAction) {
    if (found('step').length === 0) hints.push({ kind: 'next_step', message: MESSAGES.next_step });
    if (found('time').length === 0 && !/\b\d{1,2}[:.]\d{2}\b/.test(draft))
      hints.push({ kind: 'time', message: MESSAGES.time });
  }

  for (const kind of ['rulebook', 'blame', 'refusal'] as const)
    for (const h of outermost(found(kind)))
      hints.push({ kind, message: MESSAGES[kind], span: span(tokens, h) });
  return { hints, ok: hints.length === 0 };
}

/** "согласно регламенту" also contains "регламент": one hint per stretch of text. */
function outermost(hits: Hit<DraftEntry>[]): Hit<DraftEntry>[] {
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.from <= h.from && h.to <= o.to && o.to - o.from > h.to - h.from),
  );
}

function span(tokens: readonly Token[], h: Hit<DraftEntry>): { start: number; end: number } {
  return { start: tokens[h.from]!.start, end: tokens[h.to - 1]!.end };
}

/** Russian names decline ("Анна" → "Анне", "Анну"), so compare stems. */
function mentionsName(tokens: readonly Token[], name: string | undefined): boolean {
  if (!name) return false;
  const stems = name
    .split(/\s+/)
    .map(normalizeWord)
    .filter((w) => w.length >= 2)
    .map((w) => (w.length > 4 ? w.slice(0, w.length - 2) : w.slice(0, Math.max(2, w.length - 1))));
  return tokens.some((t) => stems.some((s) => t.norm.startsWith(s)));
}
