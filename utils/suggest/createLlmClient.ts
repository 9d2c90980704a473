import OpenAI from 'openai';
import type { LlmSettings } from './llmSettings';

/**
 * An `openai` SDK client for any OpenAI-compatible endpoint. It runs in the side panel (an MV3
 * service worker may be stopped mid-stream); the SDK's own retries cover 429/5xx/connection
 * failures with exponential backoff.
 */
export function createLlmClient(
  settings: Pick<LlmSettings, 'baseUrl' | 'timeoutMs'>,
  apiKey: string | undefined,
  maxRetries = 2,
): OpenAI {
  return new OpenAI({
    baseURL: settings.baseUrl,
    // Local servers (Ollama, LM Studio, vLLM) need no key, but the SDK insists on one.
    apiKey: apiKey?.trim() || 'no-key',
    timeout: settings.timeoutMs,
    maxRetries,
    // The panel is an extension page, not a web page: the key never reaches a site's scripts.
    dangerouslyAllowBrowser: true,
  });
}
