import type { ConversationAnalysis } from '../analysis/analyzeConversation';
import type { Message, SubscriberIds } from '../conversation/types';
import { createRedactor } from '../privacy/createRedactor';
import type { PiiMapping } from '../privacy/piiTypes';
import { buildPrompt, type PromptMessage } from './buildPrompt';
import type { Tone } from './tones';

/** How many of the latest messages go to the model: enough context, bounded cost. */
export const PROMPT_MESSAGES = 30;

export interface SuggestContext {
  messages: readonly Message[];
  subscriber: SubscriberIds;
  /** Computed locally on the raw text (nothing of it leaves the browser but its labels). */
  analysis?: ConversationAnalysis;
  voiceGuide?: string;
  examples?: { title: string; body: string }[];
  /** Only when the operator allowed sharing notes. */
  notes?: string[];
  tone?: Tone;
  mode: 'reply' | 'improve';
  draft?: string;
  alternatives: number;
  verse?: string;
}

export interface PreparedRequest {
  /** Exactly what will be sent: the operator can inspect it. */
  prompt: PromptMessage[];
  /** Placeholders issued, for restoring the answer locally. */
  mappings: PiiMapping[];
}

/**
 * Redacts everything that will leave the browser (messages, draft, notes, examples) with one
 * session, so a phone keeps one placeholder everywhere, then builds the prompt.
 */
export function prepareRequest(context: SuggestContext): PreparedRequest {
  const s = context.subscriber;
  const known = [s.phone, s.email, s.name, s.crmId].filter((v): v is string => Boolean(v));
  const redactor = createRedactor({ known });
  const redact = (text: string) => redactor.redact(text).text;
  const analysis = context.analysis;
  const prompt = buildPrompt({
    messages: context.messages.slice(-PROMPT_MESSAGES).map((m) => ({ role: m.role, text: redact(m.text) })),
    language: analysis?.language ?? 'ru',
    emotion: analysis
      ? {
          emotion: analysis.emotion.emotion,
          intensity: analysis.emotion.intensity,
          cues: analysis.emotion.cues.map((c) => redact(c.text)),
        }
      : undefined,
    crisis: analysis?.crisis.isCrisis
      ? { kind: analysis.crisis.kind ?? 'crisis', cues: analysis.crisis.cues.map(redact) }
      : null,
    intents: analysis?.intents.map((i) => i.id),
    voiceGuide: context.voiceGuide,
    examples: context.examples?.map((e) => ({ title: e.title, body: redact(e.body) })),
    notes: context.notes?.map(redact),
    tone: context.tone,
    mode: context.mode,
    draft: context.draft ? redact(context.draft) : undefined,
    alternatives: context.alternatives,
    verse: context.verse,
  });
  return { prompt, mappings: redactor.mappings() };
}
