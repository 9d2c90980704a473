import { defineContentScript } from '#imports';
import { insertIntoComposer } from '@/utils/conversation/insertIntoComposer';
import { readConversationRaw } from '@/utils/conversation/readConversationRaw';
import { sameSnapshot, toSnapshotDto } from '@/utils/conversation/toSnapshotDto';
import { observeDocument, watchConversation } from '@/utils/conversation/watchConversation';
import { listenInContent, reportConversation, requestSidePanel } from '@/utils/messaging/contentChannel';
import type { SnapshotDto } from '@/utils/messaging/snapshotDto';

export default defineContentScript({
  // The demo CRM works out of the box; other CRM origins are registered at run time once the
  // operator grants them (optional host permissions).
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  main(ctx) {
    let last: SnapshotDto | null = null;

    const read = (): SnapshotDto => {
      try {
        return toSnapshotDto(readConversationRaw(document), location, Date.now());
      } catch {
        // Never throw into the CRM page: an unreadable page is reported as "no conversation".
        return toSnapshotDto(null, location, Date.now());
      }
    };

    const report = () => {
      const next = read();
      if (sameSnapshot(last, next)) return;
      last = next;
      // The background may be waking up; a lost report is repaired by the next change or by
      // the panel asking with readConversation.
      reportConversation(next).catch(() => {});
    };

    const watcher = watchConversation(
      { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), observe: (cb) => observeDocument(document, cb) },
      report,
    );
    ctx.addEventListener(window, 'hashchange', watcher.schedule);
    ctx.addEventListener(window, 'popstate', watcher.schedule);
    ctx.addEventListener(window, 'wxt:locationchange', watcher.schedule);
    ctx.addEventListener(
      window,
      'keydown',
      (event: KeyboardEvent) => {
        // Alt+Shift+S opens the panel: a key press is a user gesture, which sidePanel.open needs.
        if (event.altKey && event.shiftKey && event.code === 'KeyS') {
          event.preventDefault();
          requestSidePanel().catch(() => {});
        }
      },
      { capture: true },
    );

    const unlisten = listenInContent({
      readConversation: () => {
        last = read();
        return last;
      },
      insertReply: (text) => {
        const raw = readConversationRaw(document);
        return insertIntoComposer(raw?.composer ?? null, text);
      },
    });
    ctx.onInvalidated(() => {
      watcher.stop();
      unlisten();
    });
    report();
  },
});
