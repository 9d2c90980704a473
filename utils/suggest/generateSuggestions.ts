import OpenAI from 'openai';
import { createStreamRestorer } from '../privacy/createStreamRestorer';
import { EmptyAnswerError } from './llmErrors';
import type { PreparedRequest } from './prepareRequest';
import { sanitizeReply } from './sanitizeReply';
import { splitAlternatives } from './splitAlternatives';
import { streamCompletion } from './streamCompletion';

export interface GenerateOptions {
  model: string;
  temperature: number;
  maxAlternatives: number;
  signal?: AbortSignal;
  /** Called as text streams in, with the alternatives so far (restored and sanitised). */
  onUpdate?: (alternatives: string[]) => void;
}

function toAlternatives(restored: string, max: number): string[] {
  return splitAlternatives(restored)
    .map((a) => sanitizeReply(a))
    .filter((a) => a.length > 0)
    .slice(0, max);
}

/**
 * Sends a prepared (redacted) request and streams back alternatives with personal data put back
 * locally — also when a placeholder arrives split across chunks.
 */
export async function generateSuggestions(
  client: OpenAI,
  request: PreparedRequest,
  options: GenerateOptions,
): Promise<string[]> {
  const restorer = createStreamRestorer(request.mappings);
  let restored = '';
  try {
    await streamCompletion(
      client,
      request.prompt,
      { model: options.model, temperature: options.temperature, signal: options.signal },
      (delta) => {
        const shown = restorer.push(delta);
        if (!shown) return;
        restored += shown;
        options.onUpdate?.(toAlternatives(restored, options.maxAlternatives));
      },
    );
  } catch (error) {
    // However the SDK surfaces a cancelled stream, the operator cancelled it.
    if (options.signal?.aborted) throw new OpenAI.APIUserAbortError();
    throw error;
  }
  // Some runtimes end an aborted stream quietly instead of throwing.
  if (options.signal?.aborted) throw new OpenAI.APIUserAbortError();
  restored += restorer.flush();
  const alternatives = toAlternatives(restored, options.maxAlternatives);
  if (alternatives.length === 0) throw new EmptyAnswerError();
  options.onUpdate?.(alternatives);
  return alternatives;
}
