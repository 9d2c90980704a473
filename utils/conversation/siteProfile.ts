import { z } from 'zod';

/** Where one subscriber field is shown on the page. */
export const fieldLocatorSchema = z.object({
  selector: z.string().min(1),
  /** Read this attribute instead of the text. */
  attr: z.string().min(1).optional(),
});

/**
 * How to read one CRM. Selectors are CSS; `message` and `composer` are searched inside `root`
 * (the active conversation) so previews in a conversation list are never read as messages.
 */
export const siteProfileSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  /** A selector that must be present for this profile to apply. */
  detect: z.string().min(1),
  /** Optional URL test (a RegExp source) on top of `detect`. */
  urlPattern: z.string().min(1).optional(),
  /** The active conversation; default: the whole document. */
  root: z.string().min(1).optional(),
  message: z.string().min(1),
  /** Elements matching any of these are never messages (system/event lines, typing indicators). */
  skip: z.array(z.string().min(1)).default([]),
  role: z.object({
    /** A message matching this selector (itself or a descendant) is the customer's. */
    customer: z.string().min(1).optional(),
    operator: z.string().min(1).optional(),
    /** What a message matching neither is. */
    fallback: z.enum(['customer', 'operator', 'skip']).default('skip'),
  }),
  /** Selector of the text inside a message; default: the message element itself. */
  text: z.string().min(1).optional(),
  time: fieldLocatorSchema.optional(),
  order: z.enum(['oldest-first', 'newest-first']).default('oldest-first'),
  subscriber: z
    .object({
      phone: fieldLocatorSchema.optional(),
      email: fieldLocatorSchema.optional(),
      name: fieldLocatorSchema.optional(),
      crmId: fieldLocatorSchema.optional(),
    })
    .default({}),
  /** Candidate reply boxes, most specific first; searched in the document. */
  composer: z.array(z.string().min(1)).default([]),
});

export type SiteProfile = z.infer<typeof siteProfileSchema>;
export type SiteProfileInput = z.input<typeof siteProfileSchema>;
