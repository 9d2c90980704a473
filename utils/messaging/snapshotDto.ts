import { z } from 'zod';

import { MAX_DTO_MESSAGES } from './limits';

export { MAX_DTO_MESSAGES };

const short = z.string().max(500);

export const messageDtoSchema = z.object({
  role: z.enum(['customer', 'operator']),
  text: z.string().max(50_000),
  time: z.string().max(100).optional(),
});

/**
 * What a content script reports about its page. It comes from the CRM page's world, so the
 * receiver parses it with this schema and treats it as untrusted text.
 */
export const snapshotDtoSchema = z.object({
  url: z.string().max(4096),
  origin: z.string().max(500),
  status: z.enum(['ok', 'not_found']),
  source: short.optional(),
  messages: z.array(messageDtoSchema).max(MAX_DTO_MESSAGES),
  totalMessages: z.number().int().nonnegative(),
  subscriber: z.object({
    phone: short.optional(),
    email: short.optional(),
    name: short.optional(),
    crmId: short.optional(),
  }),
  hasComposer: z.boolean(),
  /** What the operator has typed in the reply box; stays in the browser (storage.session, the panel). */
  draft: z.string().max(5000).optional(),
  readAt: z.number(),
  /** `low`: the generic reader guessed; the panel says so and offers to teach the site. */
  confidence: z.enum(['high', 'low']).optional(),
  /** Only part of a long thread is on the page (virtualised list, older messages not loaded). */
  partial: z.boolean().optional(),
  /** How the site's saved profile fared: `mismatch` means the page changed and must be taught again. */
  savedProfile: z.enum(['ok', 'mismatch']).optional(),
});

export type SnapshotDto = z.infer<typeof snapshotDtoSchema>;
