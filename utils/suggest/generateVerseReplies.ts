import type OpenAI from 'openai';
import type { PiiMapping } from '../privacy/piiTypes';
import { scoreVerseReply, type VerseReplyScore } from '../verse/scoreVerseReply';
import type { PromptMessage } from './buildPrompt';
import { generateSuggestions } from './generateSuggestions';
import type { PreparedRequest } from './prepareRequest';
import { verseRepairInstructions } from './verseInstructions';

export interface ScoredVerse {
  text: string;
  score: VerseReplyScore;
  repaired: boolean;
}

/** Candidates below this score get one repair request naming their defects. */
export const VERSE_REPAIR_THRESHOLD = 0.8;

/** Puts placeholders back into a restored text before it is sent again (a repair request). */
export function reRedact(text: string, mappings: readonly PiiMapping[]): string {
  // Longest first, so "Николай Лебедев" is replaced whole before "Николай".
  const pairs = mappings.flatMap((m) => [
    [m.value, m.placeholder] as const,
    ...(m.base ? [[m.base, m.placeholder] as const] : []),
  ]);
  let out = text;
  for (const [value, placeholder] of pairs.sort((a, b) => b[0].length - a[0].length)) {
    if (value) out = out.split(value).join(placeholder);
  }
  return out;
}

export interface VerseGenerateOptions {
  model: string;
  temperature: number;
  candidates: number;
  signal?: AbortSignal;
  onUpdate?: (texts: string[]) => void;
}

/**
 * Verse mode: several candidates in the customer's form, scored locally (rhyme pairs, syllables,
 * line count, metre); weak ones get one repair request with their concrete defects; the best two
 * are returned with their scores, best first.
 */
export async function generateVerseReplies(
  client: OpenAI,
  request: PreparedRequest,
  customerPoem: string,
  options: VerseGenerateOptions,
): Promise<ScoredVerse[]> {
  const drafts = await generateSuggestions(client, request, {
    model: options.model,
    temperature: options.temperature,
    maxAlternatives: options.candidates,
    signal: options.signal,
    onUpdate: options.onUpdate,
  });
  const scored: ScoredVerse[] = drafts.map((text) => ({
    text,
    score: scoreVerseReply(customerPoem, text),
    repaired: false,
  }));
  for (let i = 0; i < scored.length; i++) {
    const candidate = scored[i]!;
    if (candidate.score.score >= VERSE_REPAIR_THRESHOLD || candidate.score.defects.length === 0) continue;
    const repairPrompt: PromptMessage[] = [
      request.prompt[0]!,
      {
        role: 'user',
        content: `${request.prompt[1]!.content}\n\nA draft poem:\n"""\n${reRedact(candidate.text, request.mappings)}\n"""\n\n${verseRepairInstructions(candidate.score.defects)}`,
      },
    ];
    try {
      const [fixed] = await generateSuggestions(
        client,
        { prompt: repairPrompt, mappings: request.mappings },
        {
          model: options.model,
          temperature: options.temperature,
          maxAlternatives: 1,
          signal: options.signal,
        },
      );
      if (fixed) {
        const score = scoreVerseReply(customerPoem, fixed);
        if (score.score > candidate.score.score) scored[i] = { text: fixed, score, repaired: true };
      }
    } catch (error) {
      if (options.signal?.aborted) throw error;
      // A failed repair keeps the original candidate: the operator still gets the best we have.
    }
  }
  return scored.sort((a, b) => b.score.score - a.score.score).slice(0, 2);
}
