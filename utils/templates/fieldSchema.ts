import { z } from 'zod';

/** `today`, `tomorrow`, `+3` (days from today) or an ISO date. */
export const DATE_DEFAULT = /^(today|tomorrow|\+\d{1,3}|\d{4}-\d{2}-\d{2})$/;

/**
 * A fill-in field: the operator completes it in a small form before the template is inserted
 * (`{{field.amount}}` in the body).
 */
export const fieldSchema = z
  .object({
    // Used in the body as `{{field.<id>}}`, so it must be a placeholder name segment.
    id: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'a field id is a word of Latin letters, digits and "_"'),
    label: z.string().min(1).max(100),
    type: z.enum(['text', 'number', 'choice', 'date']).default('text'),
    /** The choices of a `choice` field, in order. */
    options: z.array(z.string().min(1).max(200)).max(50).optional(),
    /** Pre-filled value; for dates see `DATE_DEFAULT`. */
    default: z.string().max(1000).optional(),
    required: z.boolean().default(true),
    /** A hint shown in the empty input. */
    placeholder: z.string().max(200).optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    if (field.type === 'choice' && (field.options?.length ?? 0) < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice field needs at least 2 options' });
    }
    if (field.type !== 'choice' && field.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'only a choice field has options' });
    }
    if (field.default === undefined) return;
    if (field.type === 'choice' && !field.options?.includes(field.default)) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: 'the default must be one of the options' });
    }
    if (field.type === 'number' && !/^-?\d+([.,]\d+)?$/.test(field.default.trim())) {
      ctx.addIssue({
        code: 'custom',
        path: ['default'],
        message: 'the default of a number field must be a number',
      });
    }
    if (field.type === 'date' && !DATE_DEFAULT.test(field.default)) {
      ctx.addIssue({
        code: 'custom',
        path: ['default'],
        message: 'a date default is "today", "tomorrow", "+N" days or YYYY-MM-DD',
      });
    }
  });

export type TemplateField = z.infer<typeof fieldSchema>;
export type TemplateFieldInput = z.input<typeof fieldSchema>;
