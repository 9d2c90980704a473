import { z } from 'zod';
import { idSchema, langSchema, semverSchema } from './ids';

/** How this team speaks: principles with examples, shown to operators and given to the LLM. */
export const voiceGuideSchema = z
  .object({
    lang: langSchema,
    summary: z.string().min(1).max(2000),
    principles: z
      .array(
        z
          .object({
            title: z.string().min(1).max(200),
            text: z.string().min(1).max(2000),
            /** A rulebook phrase and what this team says instead. */
            instead: z.string().max(500).optional(),
            say: z.string().max(500).optional(),
          })
          .strict(),
      )
      .max(50)
      .default([]),
  })
  .strict();

/** The crisis kinds the analysis recognises (kept in step with `utils/analysis/detectCrisis`). */
export const PLAYBOOK_CRISES = [
  'self_harm',
  'health_threat',
  'child_at_risk',
  'vulnerable',
  'lost',
  'stranded',
] as const;

/** What to do, in order, when a crisis is recognised: safety first, then the promised payment, 112… */
export const playbookSchema = z
  .object({
    id: idSchema,
    lang: langSchema,
    title: z.string().min(1).max(200),
    /** Which crisis kinds this playbook answers. */
    crises: z.array(z.enum(PLAYBOOK_CRISES)).max(10).default([]),
    summary: z.string().max(2000).optional(),
    steps: z
      .array(
        z
          .object({
            kind: z.enum(['say', 'ask', 'do']),
            text: z.string().min(1).max(2000),
          })
          .strict(),
      )
      .min(1)
      .max(30),
    /** Templates of this pack to offer with the playbook. */
    templates: z.array(idSchema).max(20).default([]),
  })
  .strict();

/** "Real authority": what an operator is empowered to offer beyond the rules. */
export const authorityOptionSchema = z
  .object({
    id: idSchema,
    lang: langSchema,
    title: z.string().min(1).max(200),
    description: z.string().min(1).max(2000),
    /** The ceiling, in words the operator understands ("до 300 ₽", "once per month"). */
    limit: z.string().max(200).optional(),
    /** When it applies. */
    when: z.string().max(1000).optional(),
  })
  .strict();

export const changelogEntrySchema = z
  .object({
    version: semverSchema,
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
      .optional(),
    changes: z.array(z.string().min(1).max(1000)).min(1).max(100),
  })
  .strict();

/** An ed25519 signature over the canonical pack (see `canonicalPack`). */
export const signatureSchema = z
  .object({
    algorithm: z.literal('ed25519'),
    /** Fingerprint of the public key (see `keyFingerprint`). */
    keyId: z.string().regex(/^[0-9a-f]{16}$/, 'a key id is 16 hex digits'),
    /** Base64 of the 64-byte signature. */
    value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'a signature is 64 bytes in base64'),
  })
  .strict();

/** Values a pack lends to its templates as `{{pack.<key>}}` (company name, hotline…). */
export const constantsSchema = z
  .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'a constant name is a word'), z.string().max(500))
  .default({});

export type VoiceGuide = z.infer<typeof voiceGuideSchema>;
export type Playbook = z.infer<typeof playbookSchema>;
export type AuthorityOption = z.infer<typeof authorityOptionSchema>;
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
export type PackSignature = z.infer<typeof signatureSchema>;
