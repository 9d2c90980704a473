/** The scheduling primitives the watcher needs; the content script passes WXT's `ctx` versions. */
export interface WatchHost {
  setTimeout: (fn: () => void, ms: number) => number;
  observe: (callback: (records?: readonly MutationRecord[]) => void) => () => void;
}

export interface WatchOptions {
  /** Batching delay; a function lets an idle page (no conversation yet) be read less often. */
  delayMs?: number | (() => number);
  /** Drops batches that cannot change what was read (mutations outside the conversation). */
  isRelevant?: (records: readonly MutationRecord[]) => boolean;
}

/**
 * Calls `read` after the page changes, at most once per delay: a burst of mutations (a
 * re-rendered thread, a new message with its avatar and time) costs one read, not hundreds.
 * `read` gets the batch's mutation records so it can redo only what they touched, or nothing
 * when something else (a route change) asked for a full read.
 */
export function watchConversation(
  host: WatchHost,
  read: (records?: readonly MutationRecord[]) => void,
  options: number | WatchOptions = 40,
): { schedule: (records?: readonly MutationRecord[]) => void; stop: () => void } {
  const { delayMs = 40, isRelevant } = typeof options === 'number' ? { delayMs: options } : options;
  let pending = false;
  let stopped = false;
  let full = false;
  let batch: MutationRecord[] = [];
  const run = () => {
    pending = false;
    const records = full ? undefined : batch;
    full = false;
    batch = [];
    if (!stopped) read(records);
  };
  const schedule = (records?: readonly MutationRecord[]) => {
    if (stopped) return;
    if (records) {
      if (isRelevant && !isRelevant(records)) return;
      batch.push(...records);
    } else {
      full = true;
    }
    if (pending) return;
    pending = true;
    host.setTimeout(run, typeof delayMs === 'function' ? delayMs() : delayMs);
  };
  const unobserve = host.observe(schedule);
  return {
    schedule,
    stop: () => {
      stopped = true;
      unobserve();
    },
  };
}

/**
 * A MutationObserver on a whole document: CRMs replace whole subtrees on navigation, and switch
 * tabs by toggling classes, so class and visibility attributes are watched too.
 */
export function observeDocument(
  doc: Document,
  callback: (records: readonly MutationRecord[]) => void,
): () => void {
  const view = doc.defaultView;
  if (!view || !doc.documentElement) return () => {};
  const observer = new view.MutationObserver(callback);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'hidden', 'aria-hidden'],
  });
  return () => observer.disconnect();
}
