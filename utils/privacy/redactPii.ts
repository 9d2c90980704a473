import { createRedactor } from './createRedactor';
import type { RedactResult } from './piiTypes';

/**
 * Replaces personal data in one text with placeholders (`[[PHONE_1]]`, `[[NAME_1]]`…); the same
 * value gets the same placeholder. For a conversation use `createRedactor()` so placeholders
 * stay stable across messages.
 */
export function redactPii(text: string, known?: readonly string[]): RedactResult {
  return createRedactor({ known }).redact(text);
}
