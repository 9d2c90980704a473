import { z } from 'zod';
import { parsePhrase } from './phrase';

/**
 * One pattern of an intent rule: phrases (see `parsePhrase`: `stem*`, `a/b`, `#`, `..`) joined by
 * ` | ` (any of them) and ` & ` (each group must occur somewhere in the text), e.g.
 * `перевод*|деньги & не пришл*|не дошл*`.
 */
const patternSchema = z
  .string()
  .min(1)
  .max(500)
  .superRefine((pattern, ctx) => {
    for (const phrase of splitPattern(pattern).flat()) {
      try {
        parsePhrase(phrase);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : String(err) });
      }
    }
  });

/** How packs describe an intent; the built-in rules use the same schema. */
export const intentRuleSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9][a-z0-9_.-]*$/),
  title: z.object({ ru: z.string().min(1), en: z.string().min(1) }),
  patterns: z.array(patternSchema).min(1).max(200),
  /** `any`: more matching patterns, higher score; `all`: every pattern must match. */
  match: z.enum(['any', 'all']).default('any'),
  /** If any of these matches, the intent is not reported. */
  negative: z.array(patternSchema).max(200).default([]),
  /** Scales the score (0..1), so a pack can mark broad intents as weaker. */
  weight: z.number().min(0).max(1).default(1),
});

export type IntentRule = z.infer<typeof intentRuleSchema>;
export type IntentRuleInput = z.input<typeof intentRuleSchema>;

/** `a|b & c` → [['a', 'b'], ['c']]: groups that must all match, each satisfied by any of its phrases. */
export function splitPattern(pattern: string): string[][] {
  return pattern
    .split('&')
    .map((group) =>
      group
        .split('|')
        .map((p) => p.trim())
        .filter((p) => p !== ''),
    )
    .filter((group) => group.length > 0);
}
