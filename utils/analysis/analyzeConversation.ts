import type { ConversationSnapshot } from '../conversation/types';
import { CRISIS_KINDS, type CrisisKind, type CrisisResult, detectCrisis } from './detectCrisis';
import type { EmotionResult } from './detectEmotion';
import { detectIntents, type IntentMatch } from './detectIntents';
import { detectLanguage, type Language } from './detectLanguage';
import type { IntentRule } from './intentRule';
import { recentCustomerTexts } from './recentCustomerTexts';
import { recentEmotion } from './recentEmotion';

export interface ConversationAnalysis {
  language: Language;
  /** Of the recent customer messages, weighted to the latest; cue offsets refer to `lastCustomerText`. */
  emotion: EmotionResult;
  /** Across the last few customer messages, read one by one and together (a story told in parts). */
  crisis: CrisisResult;
  intents: IntentMatch[];
  lastCustomerText: string;
}

/**
 * Everything the panel shows about a conversation, from the customer's last three messages only,
 * so it stays cheap however long the thread is.
 */
export function analyzeConversation(
  snapshot: Pick<ConversationSnapshot, 'messages'>,
  options: { rules?: readonly IntentRule[] } = {},
): ConversationAnalysis {
  const texts = recentCustomerTexts(snapshot);
  const lastCustomerText = texts[0] ?? '';
  // Oldest first, one message per line, so phrases never run across two messages.
  const joined = [...texts].reverse().join('\n');
  return {
    language: detectLanguage(joined || snapshot.messages.map((m) => m.text).join('\n')),
    emotion: recentEmotion(texts),
    crisis: recentCrisis(texts, joined),
    intents: options.rules ? detectIntents(joined, options.rules) : detectIntents(joined),
    lastCustomerText,
  };
}

function recentCrisis(texts: readonly string[], joined: string): CrisisResult {
  let best: CrisisResult = { isCrisis: false, cues: [] };
  const rank = (kind: CrisisKind | undefined) => (kind ? CRISIS_KINDS.indexOf(kind) : CRISIS_KINDS.length);
  for (const text of texts.length > 1 ? [...texts, joined] : texts) {
    const r = detectCrisis(text);
    if (r.isCrisis && rank(r.kind) < rank(best.kind)) best = r;
  }
  return best;
}
