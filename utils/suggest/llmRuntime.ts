/**
 * Everything that needs the `openai` SDK, behind one dynamic import: the panel loads it when the
 * operator first asks the model, so the panel opens without it.
 */
export { createLlmClient } from './createLlmClient';
export { generateSuggestions } from './generateSuggestions';
export { generateVerseReplies } from './generateVerseReplies';
export { classifyLlmError } from './llmErrors';

export type LlmRuntime = typeof import('./llmRuntime');
