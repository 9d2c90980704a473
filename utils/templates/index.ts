// Templates and packs: syntax, variables, the pack schema, validation, signatures, search, usage.
export { fromBase64, toBase64 } from './base64';
export { buildVariableValues, formatDay, type VariableSources } from './buildVariableValues';
export { canonicalJson, canonicalPack } from './canonicalJson';
export {
  type CheckableTemplate,
  checkTemplate,
  type TemplateIssue,
  type TemplateIssueCode,
} from './checkTemplate';
export { compareVersions } from './compareVersions';
export {
  buildTemplateSearch,
  createTemplateSearch,
  type SearchableTemplate,
  type TemplateSearch,
  type TemplateSearchOptions,
} from './createTemplateSearch';
export { describePack, diffPacks, type PackDiff, type PackSummary } from './describePack';
export { fieldDefault } from './fieldDefault';
export { fieldSchema, type TemplateField, type TemplateFieldInput } from './fieldSchema';
export { idSchema, LANGS, type Lang, langSchema, semverSchema } from './ids';
export { jsonPath } from './jsonPath';
export { foldCase, searchTerm, words } from './normalizeText';
export { formatPackIssue, type PackIssue, type PackIssueCode } from './packIssue';
export {
  generatePackKeys,
  isPublicKey,
  keyFingerprint,
  type PackKeyPair,
  publicKeyOf,
  type TrustedKey,
} from './packKeys';
export {
  type AuthorityOption,
  type ChangelogEntry,
  type PackSignature,
  PLAYBOOK_CRISES,
  type Playbook,
  type VoiceGuide,
} from './packParts';
export { PACK_FORMAT, type Pack, type PackInput, packSchema } from './packSchema';
export { type ParsedTemplate, parseTemplate, placeholderNames, type TemplatePart } from './parseTemplate';
export { type RenderInput, type RenderResult, renderTemplate } from './renderTemplate';
export { type JsonPosition, type JsonScan, scanJson } from './scanJson';
export { type SignatureCheck, type SignatureState, signPack, verifyPack } from './signPack';
export { type PersonName, splitPersonName } from './splitPersonName';
export { summarizeUsage, type TemplateUsageSummary, type UsageSummary } from './summarizeUsage';
export {
  type PackTemplate,
  type PackTemplateInput,
  TEMPLATE_KINDS,
  type TemplateKind,
  templateSchema,
} from './templateSchema';
export {
  parseUsageReport,
  type UsageReport,
  type UsageRow,
  usageReportSchema,
  usageReportToCsv,
  usageRowSchema,
} from './usageReport';
export {
  MAX_PACK_CHARS,
  type PackValidation,
  tooLargeIssue,
  type ValidateOptions,
  validatePack,
  validatePackObject,
  zodLocale,
} from './validatePack';
export { isKnownVariable, KNOWN_VARIABLES, type KnownVariable, type VariableValues } from './variables';
export { wasEdited } from './wasEdited';
