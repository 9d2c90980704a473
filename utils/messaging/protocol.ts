import { z } from 'zod';
import { snapshotDtoSchema } from './snapshotDto';

export const insertResultSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.enum(['no_composer', 'not_editable', 'no_page']) }),
]);
export type InsertReplyResult = z.infer<typeof insertResultSchema>;

/**
 * Every message between contexts: its payload schema (checked by the receiver) and its
 * response schema (checked by the sender). Names are verb-first.
 */
export const protocol = {
  /** content → background: the conversation on this tab changed (or vanished). */
  reportConversation: { data: snapshotDtoSchema, response: z.null() },
  /** panel → content: read the page now and answer with what you see. */
  readConversation: { data: z.object({}), response: snapshotDtoSchema },
  /** panel → content: write this into the reply box at the caret; never send. */
  insertReply: { data: z.object({ text: z.string().min(1).max(20_000) }), response: insertResultSchema },
  /** content → background: the operator pressed our shortcut on the page (a user gesture). */
  openSidePanel: { data: z.object({}), response: z.object({ ok: z.boolean() }) },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type DataOf<T extends MessageType> = z.input<Protocol[T]['data']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;

/** The envelope on the wire. */
export const envelopeSchema = z.object({
  sufler: z.literal(1),
  type: z.string(),
  data: z.unknown(),
});
