import OpenAI from 'openai';

export type LlmErrorKind =
  | 'auth'
  | 'forbidden'
  | 'model_not_found'
  | 'not_found'
  | 'rate_limit'
  | 'server'
  | 'timeout'
  | 'connection'
  | 'malformed'
  | 'aborted'
  | 'bad_request'
  | 'empty'
  | 'unknown';

/** Thrown when a model answered but the answer holds no usable reply. */
export class EmptyAnswerError extends Error {
  constructor() {
    super('the model returned no usable reply');
    this.name = 'EmptyAnswerError';
  }
}

/** What went wrong with an LLM call, in terms the operator can act on. */
export function classifyLlmError(error: unknown): LlmErrorKind {
  if (error instanceof EmptyAnswerError) return 'empty';
  if (error instanceof OpenAI.APIUserAbortError) return 'aborted';
  if (error instanceof Error && error.name === 'AbortError') return 'aborted';
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'timeout';
  if (error instanceof OpenAI.APIConnectionError) return 'connection';
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? 0;
    if (status === 401) return 'auth';
    if (status === 403) return 'forbidden';
    if (status === 404) return /model/i.test(error.message) ? 'model_not_found' : 'not_found';
    if (status === 429) return 'rate_limit';
    if (status >= 500) return 'server';
    if (status === 400 || status === 422)
      return /model/i.test(error.message) ? 'model_not_found' : 'bad_request';
    if (status === 0 || status === undefined)
      return /JSON|parse/i.test(error.message) ? 'malformed' : 'connection';
    return 'unknown';
  }
  if (error instanceof SyntaxError) return 'malformed';
  if (error instanceof Error && /JSON|parse|stream/i.test(error.message)) return 'malformed';
  if (error instanceof TypeError) return 'connection';
  return 'unknown';
}
