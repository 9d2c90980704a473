import { MemoryWriteError, type WriteFailure } from '@/utils/db/writeError';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';

const FAILURE_KEYS: Record<Exclude<WriteFailure, 'unknown'>, MessageKey> = {
  quota: 'saveFailedQuota',
  closed: 'saveFailedClosed',
  blocked: 'saveFailedBlocked',
};

/** Why a save failed, in words the operator can act on; `unknown` falls back to `fallback`. */
export function writeFailureMessage(error: unknown, fallback: MessageKey): string {
  if (error instanceof MemoryWriteError && error.failure !== 'unknown') return t(FAILURE_KEYS[error.failure]);
  return t(fallback);
}
