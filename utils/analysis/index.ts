export { analyzeConversation, type ConversationAnalysis } from './analyzeConversation';
export { checkDraft, type DraftCheck, type DraftHint, type DraftHintKind } from './checkDraft';
export { DEFAULT_INTENT_RULES } from './defaultIntentRules';
export {
  CRISIS_KINDS,
  type CrisisDetail,
  type CrisisKind,
  type CrisisResult,
  detectCrisis,
  detectCrisisDetail,
} from './detectCrisis';
export { detectEmotion, type EmotionCue, type EmotionResult } from './detectEmotion';
export { detectIntents, type IntentMatch } from './detectIntents';
export { detectLanguage, type Language } from './detectLanguage';
export { EMOTIONS, type Emotion } from './emotions';
export {
  type CrisisEvaluation,
  type CrisisSample,
  crisisSampleSchema,
  evaluateCrisis,
} from './evaluateCrisis';
export { type EmotionEvaluation, evaluateEmotion } from './evaluateEmotion';
export { type IntentRule, type IntentRuleInput, intentRuleSchema } from './intentRule';
