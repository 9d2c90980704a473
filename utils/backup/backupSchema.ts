import { z } from 'zod';
import type { FollowUp, Note, StoredTemplate, Subscriber, Visit } from '../db/types';

/** Marks our files, so a foreign JSON file is told apart from a damaged backup. */
export const BACKUP_FORMAT = 'sufler-backup';
/** Bumped when the file's shape changes; older files stay importable. */
export const BACKUP_VERSION = 1;

const key = z.string().min(1).max(2000);
const time = z.number().finite();
const ids = z.array(z.string().max(2000)).max(1000);
/** Only web pages are ever reopened from a reminder or the timeline. */
const pageUrl = z
  .string()
  .max(4096)
  .regex(/^https?:\/\//i, 'must be an http(s) address');

export const subscriberRowSchema: z.ZodType<Subscriber> = z.object({
  key,
  name: z.string().max(1000).optional(),
  phones: ids,
  emails: ids,
  crmIds: ids,
  firstSeen: time,
  lastSeen: time,
  mergedInto: key.optional(),
});

export const noteRowSchema: z.ZodType<Note> = z.object({
  id: key,
  subscriberKey: key,
  text: z.string().max(200_000),
  pinned: z.union([z.literal(0), z.literal(1)]),
  createdAt: time,
  updatedAt: time,
});

export const followUpRowSchema: z.ZodType<FollowUp> = z.object({
  id: key,
  subscriberKey: key,
  text: z.string().max(20_000),
  dueAt: time,
  status: z.enum(['open', 'snoozed', 'done']),
  url: pageUrl.optional(),
  createdAt: time,
  updatedAt: time,
  notifiedAt: time.optional(),
  doneAt: time.optional(),
});

export const visitRowSchema: z.ZodType<Visit> = z.object({
  id: z.number().int().positive().optional(),
  subscriberKey: key,
  url: pageUrl,
  at: time,
});

/** Personal templates only: pack templates come back with their packs. */
export const personalTemplateRowSchema: z.ZodType<StoredTemplate> = z.object({
  id: key,
  packId: z.literal('personal'),
  data: z.unknown(),
  kind: z.string().max(100),
  lang: z.string().max(50),
  tags: z.array(z.string().max(200)).max(200),
  overrides: key.optional(),
  updatedAt: time,
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1).max(BACKUP_VERSION),
  exportedAt: time,
  /** The extension version that wrote it, for support. */
  app: z.string().max(50).optional(),
  tables: z.object({
    subscribers: z.array(subscriberRowSchema),
    notes: z.array(noteRowSchema),
    followUps: z.array(followUpRowSchema),
    visits: z.array(visitRowSchema),
    templates: z.array(personalTemplateRowSchema),
  }),
  /** Extension settings, secrets (API keys, tokens) left out. */
  settings: z.record(z.string(), z.unknown()),
});

export type Backup = z.infer<typeof backupSchema>;
export type BackupTable = keyof Backup['tables'];
export const BACKUP_TABLES: readonly BackupTable[] = [
  'subscribers',
  'notes',
  'followUps',
  'visits',
  'templates',
];
