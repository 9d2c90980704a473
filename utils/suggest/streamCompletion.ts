import type OpenAI from 'openai';
import type { PromptMessage } from './buildPrompt';

export interface CompletionOptions {
  model: string;
  temperature: number;
  signal?: AbortSignal;
}

/** Streams one chat completion, calling `onDelta` with each piece of text; resolves to the whole text. */
export async function streamCompletion(
  client: OpenAI,
  messages: PromptMessage[],
  options: CompletionOptions,
  onDelta: (delta: string) => void,
): Promise<string> {
  const stream = await client.chat.completions.create(
    { model: options.model, messages, temperature: options.temperature, stream: true },
    { signal: options.signal },
  );
  let text = '';
  for await (const chunk of stream) {
    const delta = chunk.choices?.[0]?.delta?.content;
    if (typeof delta === 'string' && delta.length > 0) {
      text += delta;
      onDelta(delta);
    }
  }
  return text;
}
