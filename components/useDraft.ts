import { useEffect, useState } from 'react';

const PREFIX = 'sufler:draft:';

function readDraft(key: string | undefined, fallback: string): string {
  if (!key) return fallback;
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Forgets a draft the operator abandoned (Cancel), so reopening the editor starts clean. */
export function discardDraft(key: string): void {
  try {
    globalThis.localStorage?.removeItem(PREFIX + key);
  } catch {
    // Storage blocked: nothing was kept either.
  }
}

/**
 * Editor text that survives the panel closing or the conversation switching: it is written to
 * the extension's localStorage as the operator types, and cleared once the note is saved.
 */
export function useDraft(
  key: string | undefined,
  initial: string,
): [string, (v: string) => void, () => void] {
  const [text, setText] = useState(() => readDraft(key, initial));
  useEffect(() => {
    setText(readDraft(key, initial));
  }, [key, initial]);
  const update = (value: string) => {
    setText(value);
    if (!key) return;
    try {
      if (value) globalThis.localStorage?.setItem(PREFIX + key, value);
      else globalThis.localStorage?.removeItem(PREFIX + key);
    } catch {
      // Storage full or blocked: the text is still in the editor's state.
    }
  };
  const clear = () => update('');
  return [text, update, clear];
}
