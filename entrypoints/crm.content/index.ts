import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { createCaretMemory } from '@/utils/conversation/caretMemory';
import { createConversationReader } from '@/utils/conversation/conversationReader';
import { insertIntoComposer } from '@/utils/conversation/insertIntoComposer';
import { builtInProfiles } from '@/utils/conversation/profiles';
import type { RawSnapshot } from '@/utils/conversation/readWithProfile';
import type { SiteProfile } from '@/utils/conversation/siteProfile';
import { sameSnapshot, toSnapshotDto } from '@/utils/conversation/toSnapshotDto';
import { observeDocument, watchConversation } from '@/utils/conversation/watchConversation';
import { listenInContent, reportConversation, requestSidePanel } from '@/utils/messaging/contentChannel';
import type { SnapshotDto } from '@/utils/messaging/snapshotDto';
import { followPackProfiles, followSavedProfile } from './savedProfile';

/** Set while a copy of this script runs in the page (it may be injected again when a site is added). */
const RUNNING = Symbol.for('sufler.crm.content');

export default defineContentScript({
  // The demo CRM works out of the box; other CRM origins are registered at run time once the
  // operator grants them (optional host permissions), see utils/background/setupCrmSites.ts.
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  main(ctx) {
    const scope = globalThis as unknown as Record<symbol, boolean>;
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;

    const reader = createConversationReader();
    const caret = createCaretMemory();
    let saved: SiteProfile | null = null;
    let last: SnapshotDto | null = null;
    let raw: RawSnapshot | null = null;
    const frameObservers = new Map<Document, () => void>();

    const read = (records?: readonly MutationRecord[]): SnapshotDto => {
      try {
        const result = reader.read(document, saved, records);
        raw = result.raw;
        followFrame(raw?.root?.ownerDocument);
        followFrame(raw?.composer?.ownerDocument);
        return toSnapshotDto(raw, location, Date.now(), result.saved);
      } catch {
        // Never throw into the CRM page: an unreadable page is reported as "no conversation".
        raw = null;
        return toSnapshotDto(null, location, Date.now());
      }
    };

    const report = (records?: readonly MutationRecord[]) => {
      const next = read(records);
      if (sameSnapshot(last, next)) return;
      last = next;
      // The background may be waking up; a lost report is repaired by the next change or by
      // the panel asking with readConversation.
      reportConversation(next).catch(() => {});
    };

    const watcher = watchConversation(
      { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), observe: (cb) => observeDocument(document, cb) },
      report,
      // A page with no conversation yet is re-read less eagerly.
      {
        delayMs: () => (reader.hasConversation() ? 40 : 250),
        isRelevant: (records) => reader.isRelevant(records),
      },
    );
    const remember = () => caret.remember(raw?.composer ?? null);

    /** A chat or an editor in a same-origin iframe: its mutations and caret are watched too. */
    function followFrame(doc: Document | undefined): void {
      if (!doc || doc === document || frameObservers.has(doc)) return;
      const types = ['selectionchange', 'keyup', 'mouseup'];
      for (const type of types) doc.addEventListener(type, remember, true);
      const stop = observeDocument(doc, watcher.schedule);
      frameObservers.set(doc, () => {
        stop();
        for (const type of types) doc.removeEventListener(type, remember, true);
      });
    }

    const fullRead = () => watcher.schedule();
    ctx.addEventListener(window, 'hashchange', fullRead);
    ctx.addEventListener(window, 'popstate', fullRead);
    ctx.addEventListener(window, 'wxt:locationchange', fullRead);
    // Typing in the reply box changes no DOM in a textarea: re-read so the panel sees the draft.
    ctx.addEventListener(
      document,
      'input',
      (event: Event) => {
        const composer = raw?.composer;
        if (
          composer &&
          event.target instanceof Node &&
          (composer === event.target || composer.contains(event.target))
        ) {
          fullRead();
        }
      },
      { capture: true },
    );
    // Text fields report caret moves unevenly across browsers: keys and clicks are noted too.
    for (const type of ['selectionchange', 'keyup', 'mouseup'] as const) {
      ctx.addEventListener(document, type, remember, { capture: true });
    }
    ctx.addEventListener(
      window,
      'keydown',
      (event: KeyboardEvent) => {
        // Alt+Shift+S opens the panel: a key press is a user gesture, which sidePanel.open needs.
        if (event.altKey && event.shiftKey && event.code === 'KeyS') {
          event.preventDefault();
          requestSidePanel().catch(() => {});
        } else if (event.altKey && event.shiftKey && event.code === 'KeyK') {
          // Alt+Shift+K: the panel with the template picker, search focused.
          event.preventDefault();
          browser.runtime.sendMessage({ sufler: 1, type: 'openTemplatePicker', data: {} }).catch(() => {});
        }
      },
      { capture: true },
    );

    const savedFollow = followSavedProfile(location.origin, (profile) => {
      saved = profile;
      fullRead();
    });
    const packFollow = followPackProfiles((profiles) => {
      reader.useProfiles([...profiles, ...builtInProfiles]);
      fullRead();
    });
    const unlisten = listenInContent({
      readConversation: () => {
        last = read();
        return last;
      },
      insertReply: (text) => {
        read();
        return insertIntoComposer(raw?.composer ?? null, text, caret);
      },
    });
    ctx.onInvalidated(() => {
      watcher.stop();
      unlisten();
      savedFollow.stop();
      packFollow.stop();
      for (const stop of frameObservers.values()) stop();
      delete scope[RUNNING];
    });
    // The first report waits for the site's saved profiles (one storage read), so a taught site
    // is never shown as guessed for a moment.
    Promise.all([savedFollow.ready, packFollow.ready]).then(() => report());
  },
});
