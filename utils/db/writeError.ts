export type WriteFailure = 'quota' | 'closed' | 'blocked' | 'unknown';

/** Maps a Dexie/IndexedDB failure to what we can tell the operator. */
export function classifyWriteError(error: unknown): WriteFailure {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const names = `${name} ${inner}`;
  if (/QuotaExceeded/.test(names)) return 'quota';
  if (/DatabaseClosed|InvalidState/.test(names)) return 'closed';
  if (/Blocked|VersionChange/.test(names)) return 'blocked';
  return 'unknown';
}

export class NoteWriteError extends Error {
  constructor(
    readonly failure: WriteFailure,
    cause: unknown,
  ) {
    super(`note write failed: ${failure}`, { cause });
    this.name = 'NoteWriteError';
  }
}
