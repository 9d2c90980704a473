/** The scheduling primitives the watcher needs; the content script passes WXT's `ctx` versions. */
export interface WatchHost {
  setTimeout: (fn: () => void, ms: number) => number;
  observe: (callback: () => void) => () => void;
}

/**
 * Calls `read` after the page changes, at most once per `delayMs`: a burst of mutations
 * (a re-rendered thread, a new message with its avatar and time) costs one read, not hundreds.
 */
export function watchConversation(
  host: WatchHost,
  read: () => void,
  delayMs = 40,
): { schedule: () => void; stop: () => void } {
  let pending = false;
  let stopped = false;
  const run = () => {
    pending = false;
    if (!stopped) read();
  };
  const schedule = () => {
    if (pending || stopped) return;
    pending = true;
    host.setTimeout(run, delayMs);
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

/** A MutationObserver on the whole document body: CRMs replace whole subtrees on navigation. */
export function observeDocument(doc: Document, callback: () => void): () => void {
  const view = doc.defaultView;
  if (!view || !doc.documentElement) return () => {};
  const observer = new view.MutationObserver(callback);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: false,
  });
  return () => observer.disconnect();
}
