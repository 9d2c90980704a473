import { browser } from 'wxt/browser';
import { defineUnlistedScript } from '#imports';
import { readWithProfile } from '@/utils/conversation/readWithProfile';
import { deriveProfile } from '@/utils/conversation/teach/deriveProfile';
import { toSnapshotDto } from '@/utils/conversation/toSnapshotDto';
import type { PickerReport } from '@/utils/messaging/protocol';
import { startPicker } from './startPicker';

/** Set while a picker is open on this page, to close it when the panel injects a new one. */
const OPEN = Symbol.for('sufler.picker');

function report(data: PickerReport): void {
  // The panel listens; if it was closed meanwhile, nobody needs the answer.
  browser.runtime.sendMessage({ sufler: 1, type: 'reportPicker', data }).catch(() => {});
}

/*
 * "Teach this site": injected by the panel with scripting.executeScript only when the operator
 * asks, so the always-on content script does not carry the picker. It runs in the extension's
 * isolated world, shows the picker, derives a profile from the four picks, reads the page with
 * it and reports both to the panel, which validates and saves. `cancelPicker` from the panel
 * (or Esc) closes it.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<symbol, (() => void) | undefined>;
  scope[OPEN]?.();

  const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (!message || typeof message !== 'object') return undefined;
    const { sufler, type } = message as { sufler?: unknown; type?: unknown };
    if (sufler !== 1 || type !== 'cancelPicker') return undefined;
    close();
    report({ status: 'cancelled' });
    sendResponse({ ok: true });
    return false;
  };
  const stop = startPicker(document, {
    onStep: (step) => report({ status: 'step', step }),
    onCancel: () => {
      close();
      report({ status: 'cancelled' });
    },
    onDone: (picks) => {
      close();
      const result = deriveProfile(picks, document, location.origin);
      if (!result.ok) {
        report({ status: 'failed', reason: result.reason });
        return;
      }
      const preview = toSnapshotDto(readWithProfile(document, result.profile), location, Date.now());
      report({ status: 'picked', origin: location.origin, profile: result.profile, preview });
    },
  });
  function close(): void {
    stop();
    browser.runtime.onMessage.removeListener(onMessage);
    scope[OPEN] = undefined;
  }
  browser.runtime.onMessage.addListener(onMessage);
  scope[OPEN] = close;
});
