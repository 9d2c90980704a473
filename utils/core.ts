/**
 * Sufler's domain API in one import, usable in Node 20 without a browser (the CLI, the
 * benchmarks and the tests use it). DOM functions take a `Document`, so happy-dom or jsdom can
 * drive them.
 */

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
