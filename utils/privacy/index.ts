export { createRedactor, type Redactor, type RedactorOptions } from './createRedactor';
export { createStreamRestorer, type StreamRestorer } from './createStreamRestorer';
export { evaluatePii, type PiiEvaluation, type PiiMiss, type PiiScore, spansMatch } from './evaluatePii';
export { isAccountKeyValid } from './isAccountKeyValid';
export { isInnValid } from './isInnValid';
export { isLuhnValid } from './isLuhnValid';
export { isSnilsValid } from './isSnilsValid';
export {
  type PiiCorpus,
  type PiiCorpusMessage,
  piiCorpusMessageSchema,
  piiCorpusSchema,
} from './piiCorpus';
export { PII_TYPES, type PiiEntity, type PiiMapping, type PiiType, type RedactResult } from './piiTypes';
export { redactPii } from './redactPii';
export {
  type RestoreReport,
  restorePii,
  restorePiiReport,
  restoreTable,
  UNKNOWN_PLACEHOLDER_MARKER,
} from './restorePii';
