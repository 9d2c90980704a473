// Installed packs and templates in Dexie: install, update, rollback, personal templates, usage.
export { type AcceptOptions, type AcceptRejection, type AcceptResult, acceptPack } from './acceptPack';
export { BUILTIN_PACKS } from './builtinPacks';
export { type CheckDeps, checkSubscription } from './checkSubscription';
export { ensureBuiltinPacks } from './ensureBuiltinPacks';
export { exportUsage } from './exportUsage';
export { hashTemplate } from './hashTemplate';
export { type InstallMeta, type InstallOutcome, installPack, type PreviousPack } from './installPack';
export { type EffectiveTemplate, listTemplates } from './listTemplates';
export { loadPackGuidance, type PackGuidance } from './loadPackGuidance';
export { PackInstallError, type PackInstallFailure } from './packInstallError';
export { type ManagedPolicy, managedPolicySchema, parseManagedPolicy, policyKeys } from './packPolicy';
export {
  checkTemplateDraft,
  createPersonalTemplate,
  deletePersonalTemplate,
  duplicateTemplate,
  overridePackTemplate,
  resolveOverride,
  type SaveOptions,
  type TemplateDraft,
  TemplateSaveError,
  updatePersonalTemplate,
} from './personalTemplates';
export { removePack } from './removePack';
export { rollbackPack } from './rollbackPack';
export { type CheckResult, type Subscription, subscriptionSchema } from './subscription';
export { PERSONAL_PACK_ID, packIdOf, storedTemplateId } from './templateIds';
export { recordUsage, setFavourite, type UsageEvent } from './usage';
