import { z } from 'zod';
import { snapshotDtoSchema } from './snapshotDto';

export const insertResultSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.enum(['no_composer', 'not_editable', 'no_page']) }),
]);
export type InsertReplyResult = z.infer<typeof insertResultSchema>;

/** An http(s) origin as `URL.origin` writes it. */
export const crmOriginSchema = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[^/\s?#]+$/, 'expected an origin such as https://crm.example.ru');

/** What the element picker reports; the profile is checked with `siteProfileSchema` by the panel. */
export const pickerReportSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('step'), step: z.number().int().min(0).max(3) }),
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('failed'),
    reason: z.enum(['same_message', 'different_frames', 'no_difference', 'not_editable', 'unreadable']),
  }),
  z.object({
    status: z.literal('picked'),
    origin: z.string().max(500),
    profile: z.unknown(),
    preview: snapshotDtoSchema,
  }),
]);
export type PickerReport = z.infer<typeof pickerReportSchema>;

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
  /** content → background: the operator pressed the template-picker shortcut on the page (a user gesture). */
  openTemplatePicker: { data: z.object({}), response: z.object({ ok: z.boolean() }) },
  /** panel/options → background: follow-ups changed; rebuild reminder alarms and the badge. */
  syncReminders: { data: z.object({}), response: z.object({ overdue: z.number().int().nonnegative() }) },
  /** panel → background: open a follow-up's conversation, the same path as clicking its notification. */
  openFollowUp: {
    data: z.object({ id: z.string().min(1).max(200) }),
    response: z.object({ ok: z.boolean() }),
  },
  /** panel → picker (injected into the CRM tab to teach Sufler the site): close the picker. */
  cancelPicker: { data: z.object({}), response: z.object({ ok: z.boolean() }) },
  /** picker → panel: its progress, or the profile it derived and what the page reads with it. */
  reportPicker: { data: pickerReportSchema, response: z.null() },
  /** panel/options → background: the operator granted this CRM origin; register the content script there now. */
  addCrmSite: { data: z.object({ origin: crmOriginSchema }), response: z.object({ ok: z.boolean() }) },
  /** options → background: stop reading this CRM origin (its permission is being removed). */
  removeCrmSite: { data: z.object({ origin: crmOriginSchema }), response: z.object({ ok: z.boolean() }) },
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
