import { z } from 'zod';
import { PII_TYPES } from './piiTypes';

const spanSchema = z.object({ type: z.enum(PII_TYPES), start: z.int().min(0), end: z.int().min(0) });

/** One labelled message of the PII corpus (tests/fixtures/pii/corpus.json). */
export const piiCorpusMessageSchema = z.object({
  text: z.string(),
  spans: z.array(spanSchema),
  /** Identifiers the CRM showed for this subscriber, passed to the redactor as `known`. */
  known: z.array(z.string()).optional(),
  /** Confusable non-PII in the text (amounts, 8-800, Luhn-failing numbers…), for counting only. */
  negatives: z.array(z.object({ kind: z.string(), start: z.int().min(0), end: z.int().min(0) })).optional(),
});

export const piiCorpusSchema = z.array(piiCorpusMessageSchema);

export type PiiCorpusMessage = z.infer<typeof piiCorpusMessageSchema>;
export type PiiCorpus = z.infer<typeof piiCorpusSchema>;
