import { z } from 'zod';

const selector = z.string().min(1).max(1000);
const regexSource = z
  .string()
  .min(1)
  .max(300)
  .refine(
    (source) => {
      try {
        new RegExp(source, 'i');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  );

/** Where one subscriber field is shown on the page. */
export const fieldLocatorSchema = z.object({
  selector,
  /** Read this attribute instead of the text (e.g. `href` of a `tel:` link, `datetime`). */
  attr: z.string().min(1).max(100).optional(),
  /**
   * A label (RegExp source, case-insensitive) that must start the element's text, as in
   * `<div><label>Телефон</label> +7 916…</div>`: the first such element is used and the value is
   * the text after the label. For CRMs that only tell fields apart by their captions.
   */
  label: regexSource.optional(),
  /** A RegExp source applied to the value; its first capture group (or whole match) is kept. */
  pattern: regexSource.optional(),
  /** Matches inside an element matching this are ignored (a `tel:` link inside a message is not the subscriber's). */
  outside: selector.optional(),
});

/** A reply box, in the conversation's document or inside an editor's own iframe (TinyMCE, CKEditor 4). */
export const composerLocatorSchema = z.union([
  selector,
  z.object({
    /** The editor iframe, searched in the conversation's document. */
    frame: selector,
    /** The editable element inside that iframe (often `body`). */
    selector,
  }),
]);

/**
 * How to tell the customer's messages from the operator's. Tried in order: the two selectors
 * (class, attribute or an icon marker — the message itself or any descendant may match), the
 * sender's name compared with the subscriber's name, the side of the chat the bubble sits on, and
 * finally `fallback`.
 */
export const roleRuleSchema = z.object({
  customer: selector.optional(),
  operator: selector.optional(),
  /** The sender's name inside a message: equal to the subscriber's name → customer, any other name → operator. */
  sender: selector.optional(),
  /** Which side customer messages are drawn on (read from layout, or from styles where there is no layout). */
  align: z.enum(['customer-left', 'customer-right']).optional(),
  /**
   * What a message none of the rules decide is: `previous` continues the previous message's role
   * (grouped messages that show no sender), `skip` drops it.
   */
  fallback: z.enum(['customer', 'operator', 'skip', 'previous']).default('skip'),
});

/** Long threads drawn by a virtualised list show only part of the conversation. */
export const virtualListSchema = z.object({
  /** An attribute with each message's index in the whole thread (`data-index`): on-screen order and "earlier messages exist" come from it. */
  indexAttr: z.string().min(1).max(100).optional(),
  /** An element that is present while older messages are not loaded ("load more", a history spinner). */
  moreAbove: selector.optional(),
});

/**
 * How to read one CRM. Selectors are CSS; `message` is searched inside `root` (the active
 * conversation) so previews in a conversation list are never read as messages. With `frame`, the
 * conversation lives in that same-origin iframe: `root`, messages and the composer are searched
 * in its document, subscriber fields in it and then in the page.
 */
export const siteProfileSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  /** A selector that must be present for this profile to apply. */
  detect: selector,
  /** Optional URL test (a RegExp source) on top of `detect`. */
  urlPattern: regexSource.optional(),
  frame: selector.optional(),
  /** The active conversation; default: the whole document. */
  root: selector.optional(),
  message: selector,
  /** Elements matching any of these (or containing a match) are never messages: system/event lines, internal notes, typing indicators. */
  skip: z.array(selector).max(50).default([]),
  role: roleRuleSchema,
  /** Selector of the text inside a message; default: the message element itself. */
  text: selector.optional(),
  time: fieldLocatorSchema.optional(),
  order: z.enum(['oldest-first', 'newest-first']).default('oldest-first'),
  virtual: virtualListSchema.optional(),
  subscriber: z
    .object({
      phone: fieldLocatorSchema.optional(),
      email: fieldLocatorSchema.optional(),
      name: fieldLocatorSchema.optional(),
      crmId: fieldLocatorSchema.optional(),
    })
    .default({}),
  /** Candidate reply boxes, most specific first; the first visible, editable one is used. */
  composer: z.array(composerLocatorSchema).max(20).default([]),
});

export type FieldLocator = z.infer<typeof fieldLocatorSchema>;
export type ComposerLocator = z.infer<typeof composerLocatorSchema>;
export type RoleRule = z.infer<typeof roleRuleSchema>;
export type SiteProfile = z.infer<typeof siteProfileSchema>;
export type SiteProfileInput = z.input<typeof siteProfileSchema>;
