import { z } from 'zod';
import { intentRuleSchema } from '../analysis/intentRule';
import { siteProfileSchema } from '../conversation/siteProfile';
import { idSchema, langSchema, semverSchema } from './ids';
import {
  authorityOptionSchema,
  changelogEntrySchema,
  constantsSchema,
  playbookSchema,
  signatureSchema,
  voiceGuideSchema,
} from './packParts';
import { templateSchema } from './templateSchema';

/** The pack format this build reads; a pack written for a newer format is refused, not guessed at. */
export const PACK_FORMAT = 1;

/**
 * A template pack: the one schema the importer, the CLI and the JSON Schema for editors share.
 * Cross-references (duplicate ids, unknown variables, changelog order) are checked by `validatePack`.
 */
export const packSchema = z
  .object({
    /** Lets editors find the JSON Schema; ignored otherwise. */
    $schema: z.string().max(500).optional(),
    format: z.literal(PACK_FORMAT),
    id: idSchema,
    name: z.string().trim().min(1).max(200),
    version: semverSchema,
    author: z.string().trim().min(1).max(200),
    description: z.string().max(5000).default(''),
    languages: z.array(langSchema).min(1).max(2),
    changelog: z.array(changelogEntrySchema).max(500).default([]),
    constants: constantsSchema,
    templates: z.array(templateSchema).max(20_000),
    voiceGuide: z.array(voiceGuideSchema).max(2).default([]),
    playbooks: z.array(playbookSchema).max(200).default([]),
    authority: z.array(authorityOptionSchema).max(200).default([]),
    intents: z.array(intentRuleSchema).max(500).default([]),
    siteProfiles: z.array(siteProfileSchema).max(100).default([]),
    signature: signatureSchema.optional(),
  })
  .strict();

export type Pack = z.infer<typeof packSchema>;
export type PackInput = z.input<typeof packSchema>;
