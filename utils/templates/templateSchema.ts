import { z } from 'zod';
import { fieldSchema } from './fieldSchema';
import { idSchema, langSchema } from './ids';

export const TEMPLATE_KINDS = ['reply', 'verse', 'sms', 'playbook'] as const;

/** A tag as shown in the picker's filters: short, no commas (the editor splits on them). */
const tagSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[^,]+$/, 'a tag cannot contain a comma');

/**
 * One template: a title, a body with `{{variables}}` and fill-in fields, and the metadata the
 * picker filters and ranks by.
 */
export const templateSchema = z
  .object({
    id: idSchema,
    title: z.string().trim().min(1).max(200),
    body: z.string().min(1).max(10_000),
    lang: langSchema,
    kind: z.enum(TEMPLATE_KINDS).default('reply'),
    tags: z.array(tagSchema).max(20).default([]),
    /** Situations it fits: intent ids (the pack's or the built-in ones). */
    intents: z.array(idSchema).max(20).default([]),
    /** Typed in the search box, e.g. `перевод` or `;sms`, to find this template first. */
    shortcut: z
      .string()
      .regex(/^[;/]?[\p{L}\p{N}_-]{1,32}$/u, 'a shortcut is one word, optionally starting with ; or /')
      .optional(),
    fields: z.array(fieldSchema).max(20).default([]),
  })
  .strict();

export type PackTemplate = z.infer<typeof templateSchema>;
export type PackTemplateInput = z.input<typeof templateSchema>;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
