import type { ConversationSnapshot } from '../conversation/types';
import { conversationCrisis } from './conversationCrisis';
import type { CrisisResult } from './detectCrisis';
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
  /** Across all the customer's messages; stays until the customer says it is over. */
  crisis: CrisisResult;
  intents: IntentMatch[];
  lastCustomerText: string;
}

/**
 * Everything the panel shows about a conversation. Language, emotion and intents come from the
 * customer's last three messages; the crisis from all of them (each message's crisis concepts are
 * cached, so a long thread stays cheap).
 */
export function analyzeConversation(
  snapshot: Pick<ConversationSnapshot, 'messages'>,
  options: { rules?: readonly IntentRule[] } = {},
): ConversationAnalysis {
  const texts = recentCustomerTexts(snapshot);
  const lastCustomerText = texts[0] ?? '';
  // Oldest first, one message per line, so phrases never run across two messages.
  const joined = [...texts].reverse().join('\n');
  const crisis = conversationCrisis(customerTexts(snapshot));
  return {
    language: detectLanguage(joined || snapshot.messages.map((m) => m.text).join('\n')),
    emotion: recentEmotion(texts, crisis),
    crisis,
    intents: options.rules ? detectIntents(joined, options.rules) : detectIntents(joined),
    lastCustomerText,
  };
}

function customerTexts(snapshot: Pick<ConversationSnapshot, 'messages'>): string[] {
  const texts: string[] = [];
  for (const m of snapshot.messages) if (m.role === 'customer' && m.text.trim() !== '') texts.push(m.text);
  return texts;
}
