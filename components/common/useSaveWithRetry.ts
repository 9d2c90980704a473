import { useState } from 'react';
import type { MessageKey } from '@/utils/i18n/catalog';
import { writeFailureMessage } from '../memory/writeFailureMessage';

export interface SaveWithRetry {
  /** Why the last save failed, in words the operator can act on (or a caller's own validation message). */
  error: string | null;
  setError: (message: string | null) => void;
  saving: boolean;
  /** Runs `write`; on failure keeps the editor as it is and sets `error`, so the same click retries. */
  trySave: (write: () => Promise<void>) => Promise<void>;
}

/**
 * The save step of an editor that never loses input: a failed write leaves everything in place,
 * says why (`fallback` when the cause is unknown), and lets the operator try again.
 */
export function useSaveWithRetry(fallback: MessageKey): SaveWithRetry {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const trySave = async (write: () => Promise<void>) => {
    setSaving(true);
    try {
      await write();
      setError(null);
    } catch (e) {
      setError(writeFailureMessage(e, fallback));
    } finally {
      setSaving(false);
    }
  };

  return { error, setError, saving, trySave };
}
