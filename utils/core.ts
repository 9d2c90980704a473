/**
 * Sufler's domain API in one import, usable in Node 20 without a browser (the CLI, the
 * benchmarks and the tests use it). DOM functions take a `Document`, so happy-dom or jsdom can
 * drive them.
 */

// Analysis: language, emotion, crisis, intents, the empathy check of a draft
export {
  analyzeConversation,
  type ConversationAnalysis,
  CRISIS_KINDS,
  type CrisisKind,
  type CrisisResult,
  checkDraft,
  DEFAULT_INTENT_RULES,
  type DraftCheck,
  detectCrisis,
  detectEmotion,
  detectIntents,
  detectLanguage,
  type EmotionResult,
  type IntentRule,
  intentRuleSchema,
} from './analysis/index';
// Conversation reading and writing
export { extractText } from './conversation/extractText';
export { type InsertResult, insertIntoComposer } from './conversation/insertIntoComposer';
export { builtInProfiles } from './conversation/profiles';
export { normalizeSubscriber, readConversation } from './conversation/readConversation';
export { readConversationRaw } from './conversation/readConversationRaw';
export { type RawSnapshot, readWithProfile } from './conversation/readWithProfile';
export { type SiteProfile, siteProfileSchema } from './conversation/siteProfile';
export type { ConversationSnapshot, Message, Role, SubscriberIds } from './conversation/types';
// Privacy: PII redaction before anything leaves the browser, restoration of what comes back
export {
  createRedactor,
  createStreamRestorer,
  evaluatePii,
  isAccountKeyValid,
  isInnValid,
  isLuhnValid,
  isSnilsValid,
  PII_TYPES,
  type PiiEntity,
  type PiiMapping,
  type PiiType,
  piiCorpusSchema,
  type Redactor,
  type RedactResult,
  redactPii,
  restorePii,
  restorePiiReport,
  restoreTable,
  type StreamRestorer,
  UNKNOWN_PLACEHOLDER_MARKER,
} from './privacy/index';
// Subscribers
export { normalizePhone } from './subscriber/normalizePhone';
export { subscriberKey } from './subscriber/subscriberKey';
// Suggestions: local ranking, prompt building, the LLM client
export { buildPrompt, type PromptMessage } from './suggest/buildPrompt';
export { createLlmClient } from './suggest/createLlmClient';
export { generateSuggestions } from './suggest/generateSuggestions';
export { classifyLlmError, type LlmErrorKind } from './suggest/llmErrors';
export { type LlmSettings, llmSettingsSchema, PROVIDER_PRESETS } from './suggest/llmSettings';
export { prepareRequest, type SuggestContext } from './suggest/prepareRequest';
export { buildTemplateIndex, type RankableTemplate, rankTemplates } from './suggest/rankTemplates';
// Verse: detection, rhyme and metre, scoring a verse reply against the customer's poem
export {
  detectVerse,
  evaluateRifma,
  evaluateVerseDetection,
  loadEnglishDictionary,
  loadRussianLexicon,
  RIFMA_CREDIT,
  scoreVerseReply,
  type VerseAnalysis,
  type VerseDefect,
  type VerseReplyScore,
} from './verse/index';
