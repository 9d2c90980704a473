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
// Subscriber memory: identity, notes search, follow-ups, timeline, backup, retention
export { type Backup, backupSchema } from './backup/backupSchema';
export { exportBackup } from './backup/exportBackup';
export { importBackup } from './backup/importBackup';
export { parseBackup } from './backup/parseBackup';
// Conversation reading and writing
export { type CaretMemory, createCaretMemory } from './conversation/caretMemory';
export {
  type ConversationReader,
  createConversationReader,
  type ReaderResult,
} from './conversation/conversationReader';
export { normalizeOrigin, originPattern } from './conversation/crmOrigin';
export { extractText } from './conversation/extractText';
export { readGeneric } from './conversation/generic/readGeneric';
export { type InsertResult, insertIntoComposer } from './conversation/insertIntoComposer';
export { listPackProfiles } from './conversation/packProfiles';
export { builtInProfiles } from './conversation/profiles';
export { exportProfiles, parseProfileImport, profileExportSchema } from './conversation/profileTransfer';
export { normalizeSubscriber, readConversation } from './conversation/readConversation';
export { readConversationRaw } from './conversation/readConversationRaw';
export { type RawSnapshot, readWithProfile } from './conversation/readWithProfile';
export { type SiteProfile, siteProfileSchema } from './conversation/siteProfile';
export {
  deleteSiteProfile,
  listSiteProfiles,
  saveSiteProfile,
  syncProfileMirror,
} from './conversation/storedProfiles';
export { type DeriveResult, deriveProfile, type Picks } from './conversation/teach/deriveProfile';
export { isHashedToken } from './conversation/teach/isHashedToken';
export { stableSelector } from './conversation/teach/stableSelector';
export type { ConversationSnapshot, Message, Role, SubscriberIds } from './conversation/types';
export { observeDocument, watchConversation } from './conversation/watchConversation';
export { applyRetention } from './db/applyRetention';
export { addFollowUp, completeFollowUp, listFollowUps, snoozeFollowUp } from './db/followUps';
export { mergeSubscribers } from './db/mergeSubscribers';
export { resolveSubscriberKey } from './db/resolveSubscriberKey';
export { loadTimeline } from './db/timeline';
export { touchSubscriber } from './db/touchSubscriber';
export { parseDueTime } from './followups/parseDueTime';
export { planReminders } from './followups/planReminders';
// Templates and team packs: schema, validation, rendering, search, signatures, installation
export * from './packs/index';
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
export { NotesIndex } from './subscriber/NotesIndex';
// Subscribers
export { normalizePhone } from './subscriber/normalizePhone';
export { stemRussian } from './subscriber/stemRussian';
export { subscriberKey } from './subscriber/subscriberKey';
// Suggestions: local ranking, prompt building, the LLM client
export { buildPrompt, type PromptMessage } from './suggest/buildPrompt';
export { createLlmClient } from './suggest/createLlmClient';
export { generateSuggestions } from './suggest/generateSuggestions';
export { classifyLlmError, type LlmErrorKind } from './suggest/llmErrors';
export { type LlmSettings, llmSettingsSchema, PROVIDER_PRESETS } from './suggest/llmSettings';
export { prepareRequest, type SuggestContext } from './suggest/prepareRequest';
export { buildTemplateIndex, type RankableTemplate, rankTemplates } from './suggest/rankTemplates';
export * from './templates/index';
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
