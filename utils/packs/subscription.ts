import { z } from 'zod';
import type { AcceptRejection } from './acceptPack';

/** The outcome of the last check of a subscription, shown next to it. */
export interface CheckResult {
  at: number;
  status: 'installed' | 'updated' | 'unchanged' | 'not_modified' | 'rejected' | 'failed';
  version?: string;
  from?: string;
  /** Why it was rejected (pack problems, signature). */
  reason?: AcceptRejection;
  /** Why the download failed (`HTTP 404`, a network error…). */
  error?: string;
}

export const subscriptionSchema = z.object({
  url: z.string().max(2000),
  source: z.enum(['url', 'managed']),
  requireSignature: z.boolean(),
  packId: z.string().max(100).optional(),
  etag: z.string().max(500).optional(),
  lastModified: z.string().max(100).optional(),
  lastCheck: z.custom<CheckResult>((v) => typeof v === 'object' && v !== null).optional(),
});

/** A pack URL the extension checks on a schedule (added by the operator or by policy). */
export type Subscription = z.infer<typeof subscriptionSchema>;
