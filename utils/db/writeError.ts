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

/** A write of the operator's memory (note, follow-up, merge…) failed; `failure` says why. */
export class MemoryWriteError extends Error {
  constructor(
    readonly failure: WriteFailure,
    cause: unknown,
    what = 'memory',
  ) {
    super(`${what} write failed: ${failure}`, { cause });
    this.name = 'MemoryWriteError';
  }
}

export class NoteWriteError extends MemoryWriteError {
  constructor(failure: WriteFailure, cause: unknown) {
    super(failure, cause, 'note');
    this.name = 'NoteWriteError';
  }
}

export class FollowUpWriteError extends MemoryWriteError {
  constructor(failure: WriteFailure, cause: unknown) {
    super(failure, cause, 'follow-up');
    this.name = 'FollowUpWriteError';
  }
}

/** Runs a write; any failure comes out as a typed error the editors can explain and retry. */
export async function guardWrite<T>(
  write: () => Promise<T>,
  wrap: (failure: WriteFailure, cause: unknown) => MemoryWriteError = (f, c) => new MemoryWriteError(f, c),
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof MemoryWriteError) throw error;
    throw wrap(classifyWriteError(error), error);
  }
}
