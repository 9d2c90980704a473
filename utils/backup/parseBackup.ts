import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, backupSchema } from './backupSchema';

export type BackupProblem =
  | { kind: 'empty' }
  | { kind: 'not_json' }
  | { kind: 'foreign' }
  | { kind: 'newer_version'; version: number }
  | { kind: 'invalid'; path: string; message: string };

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/**
 * Checks a backup file completely before anything is imported: a damaged file, another
 * program's JSON or a backup from a newer Sufler is refused with a reason the operator can act on.
 */
export function parseBackup(text: string): ParsedBackup {
  if (!text.trim()) return { ok: false, problem: { kind: 'empty' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not_json' } };
  }
  const head =
    raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (head?.format !== BACKUP_FORMAT) return { ok: false, problem: { kind: 'foreign' } };
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return { ok: false, problem: { kind: 'newer_version', version: head.version } };
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: { kind: 'invalid', path: issue?.path.join('.') ?? '', message: issue?.message ?? '' },
    };
  }
  return { ok: true, backup: parsed.data };
}
