/**
 * Local conversation analysis (ru + en), instant and without network:
 * - `detectCrisis` / `conversationCrisis`: concepts (self-harm signals, the body, lost / missing /
 *   stuck / robbed, hardships, places, people) found by phrase lexicons, guarded against negation,
 *   hypotheticals, past stories, software and service talk and figures of speech, and decided by how
 *   they co-occur (`decideCrisis`); a conversation's crisis stays until the customer says it is over.
 *   A trained model (`crisisModel.ts`) reads the phrasings the lexicons have no entry for and vetoes
 *   their verdict on ordinary service talk; Latin-typed Russian is read in Cyrillic (`detranslit`).
 * - `detectEmotion`: emotion lexicons by concept, intensifiers, punctuation, a crisis implies worry;
 *   a trained model (`emotionModel.ts`) corrects their reading where it is implausible.
 * - `detectIntents` (pack rules), `detectLanguage`, `checkDraft` (the operator's draft).
 * - `evaluateCrisis` / `evaluateEmotion`: figures on labelled sets (tests/fixtures/analysis/RECORD.md).
 */

import { type CrisisModel, setCrisisModel } from './crisisModel';
import crisisModelJson from './crisisModel.json';
import { type EmotionModel, setEmotionModel } from './emotionModel';
import emotionModelJson from './emotionModel.json';

// The Node API reads with the models from the start; the side panel loads them lazily instead
// (`useAnalysisModels`), so the panel does not import this file.
setCrisisModel(crisisModelJson as CrisisModel);
setEmotionModel(emotionModelJson as EmotionModel);

export { analyzeConversation, type ConversationAnalysis } from './analyzeConversation';
export { checkDraft, type DraftCheck, type DraftHint, type DraftHintKind } from './checkDraft';
export { conversationCrisis } from './conversationCrisis';
export { type CrisisModel, loadCrisisModel, setCrisisModel } from './crisisModel';
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
export { type EmotionModel, loadEmotionModel, setEmotionModel } from './emotionModel';
export { EMOTIONS, type Emotion } from './emotions';
export {
  type CrisisEvaluation,
  type CrisisSample,
  crisisSampleSchema,
  evaluateCrisis,
} from './evaluateCrisis';
export { type EmotionEvaluation, evaluateEmotion } from './evaluateEmotion';
export { type IntentRule, type IntentRuleInput, intentRuleSchema } from './intentRule';
