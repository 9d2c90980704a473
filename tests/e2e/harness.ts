import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(process.env.SUFLER_OUT_DIR ?? '.output', 'chrome-mv3');
export const ARTIFACTS_DIR = resolve('tests/artifacts');

export function chromePath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'sufler-e2e-'));
}

export function removeProfileDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

/** Headless Chromium with the built extension loaded, on a given profile folder. */
export function launchWithExtension(profileDir: string): Promise<Launched> {
  return launchExtensionFrom(profileDir, EXTENSION_DIR);
}

/** Opens the panel as a page of its own (it then serves the CRM tab that reported last). */
export async function openPanelPage(launched: Launched): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/sidepanel.html`);
  return page;
}

/** Resolves once `predicate` holds, polling; fails with `message` after `timeoutMs`. */
export async function eventually(
  predicate: () => Promise<boolean>,
  message: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out: ${message}`);
}

/**
 * Evaluates an expression in a target Playwright does not expose (the real side panel), through
 * a non-flattened DevTools session.
 */
export async function evaluateInTarget(
  cdp: CDPSession,
  targetId: string,
  expression: string,
): Promise<unknown> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  try {
    const answer = new Promise<unknown>((resolve) => {
      const onMessage = (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const reply = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (reply.id !== 1) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve(reply.result?.result?.value);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id: 1,
        method: 'Runtime.evaluate',
        params: { expression, returnByValue: true },
      }),
    });
    return await answer;
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}

/**
 * Headless Chromium with a given build of the extension (e.g. a copy whose manifest grants a
 * test host) and extra command-line switches (e.g. `--host-resolver-rules`).
 */
export async function launchExtensionFrom(
  profileDir: string,
  extensionDir: string,
  extraArgs: string[] = [],
): Promise<Launched> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'ru-RU',
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=ru-RU',
      ...extraArgs,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return { context, extensionId: new URL(worker.url()).host, worker };
}
