import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import { fixtures } from '../fixtures/crm/expected';
import {
  EXTENSION_DIR,
  eventually,
  type Launched,
  launchExtensionFrom,
  newProfileDir,
  removeProfileDir,
} from './harness';

/*
 * Chrome's host-permission prompt cannot be clicked in headless Chromium (it is browser UI, out
 * of reach of the DevTools protocol, and there is no switch that auto-accepts it). So a copy of
 * the built extension is loaded whose manifest already grants one test host, crm.signal.test
 * (mapped to the demo server by --host-resolver-rules): `permissions.request` then resolves
 * without a prompt, and the rest — registering the content script for that origin, running it
 * in the open tab, persisting across a restart — is the real code.
 */
const HOST = 'crm.signal.test';

/** The extension APIs the evaluated snippets use (they run in the service worker or the panel). */
declare const chrome: {
  tabs: {
    query(query: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown>;
  };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  scripting: {
    getRegisteredContentScripts(): Promise<
      { id: string; matches?: string[]; persistAcrossSessions?: boolean }[]
    >;
    unregisterContentScripts(): Promise<void>;
  };
};

let demo: { url: string; close(): Promise<void> };
let port: string;
let extensionDir: string;
let profileDir: string;
let launched: Launched;
const pageErrors: string[] = [];

function grantedCopy(): string {
  const dir = newProfileDir();
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [`http://${HOST}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

async function launch(): Promise<void> {
  launched = await launchExtensionFrom(profileDir, extensionDir, [
    `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
  ]);
}

async function openPage(url: string): Promise<Page> {
  const page = await launched.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${url}: ${e.message}`));
  await page.goto(url);
  return page;
}

/** The id Chrome gave a tab, from the service worker (which may see URLs of the granted host only). */
async function tabIdOf(url: string): Promise<number> {
  return launched.worker.evaluate(async (prefix) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url?.startsWith(prefix));
    if (!tab?.id) throw new Error(`no tab at ${prefix}`);
    return tab.id;
  }, url);
}

/** The side panel opened as a page, serving the CRM tab that reported last (or a pinned tab). */
async function openPanel(query = ''): Promise<Page> {
  const panel = await launched.context.newPage();
  panel.on('pageerror', (e) => pageErrors.push(`panel: ${e.message}`));
  await panel.goto(`chrome-extension://${launched.extensionId}/sidepanel.html${query}`);
  return panel;
}

async function shownMessages(panel: Page): Promise<{ role: string; text: string }[]> {
  return panel.locator('[data-testid="messages"] li').evaluateAll((items) =>
    items.map((li) => ({
      role: li.getAttribute('data-role') ?? '',
      text: (li.querySelector('.message-text') as HTMLElement).innerText,
    })),
  );
}

/** Sends `insertReply` to the CRM tab exactly as the panel's "Insert" buttons do. */
async function insertFromPanel(panel: Page, text: string): Promise<unknown> {
  return panel.evaluate(async (reply) => {
    const stored = await chrome.storage.session.get('lastCrmTab');
    return chrome.tabs.sendMessage(
      stored.lastCrmTab as number,
      { sufler: 1, type: 'insertReply', data: { text: reply } },
      { frameId: 0 },
    );
  }, text);
}

const editorModel = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { editorModels: Record<string, string> }).editorModels.reply ?? '',
  );
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length);

beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
  port = new URL(demo.url).port;
  extensionDir = grantedCopy();
  profileDir = newProfileDir();
  await launch();
});

afterAll(async () => {
  await launched?.context.close();
  await demo?.close();
  if (profileDir) removeProfileDir(profileDir);
  if (extensionDir) removeProfileDir(extensionDir);
});

describe('reading CRMs whose markup Sufler knows or can work out', () => {
  it.each(fixtures)(
    '$file: exact messages, roles, order and subscriber; writes into its reply box',
    async (expected) => {
      const page = await openPage(`${demo.url}fixtures/crm/${expected.file}`);
      const panel = await openPanel();
      const want = expected.messages.map(({ role, text }) => ({ role, text }));
      await expect.poll(() => shownMessages(panel), { timeout: 5000 }).toEqual(want);
      if (expected.subscriber.phone) {
        expect(await panel.getByTestId('subscriber-phone').textContent()).toBe(expected.subscriber.phone);
      }
      expect(await panel.getByTestId('subscriber-name').textContent()).toBe(expected.subscriber.name);
      expect(await panel.getByTestId('reading-partial').count()).toBe(expected.partial ? 1 : 0);
      expect(await panel.getByTestId('reading-unsure').count()).toBe(0);

      // Write into the reply box with the focus in the panel: at the end of what is there, as typed.
      await panel.bringToFront();
      expect(await insertFromPanel(panel, 'Сейчас всё проверю.')).toEqual({ ok: true });
      const model = await editorModel(page);
      expect(model.replace(/\s+/g, ' ').trim()).toBe(`${expected.composerText} Сейчас всё проверю.`.trim());
      expect(await sent(page)).toBe(0);
      await panel.close();
      await page.close();
    },
  );

  it('inserts at the caret the operator left, keeps the page undo, and never sends', async () => {
    const page = await openPage(`${demo.url}fixtures/crm/chatwoot.html`);
    const panel = await openPanel();
    await expect.poll(() => shownMessages(panel)).toHaveLength(5);
    await page.bringToFront();
    // The operator has "Ольга, перевод придёт" with the caret after the comma…
    await page.evaluate(() => {
      const editor = document.getElementById('reply-editor')!;
      editor.focus();
      const p = editor.querySelector('p')!;
      p.textContent = 'Ольга, перевод придёт';
      const range = document.createRange();
      range.setStart(p.firstChild!, 'Ольга,'.length);
      range.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.waitForTimeout(100);
    // …then clicks a message to copy a word, and goes to the panel.
    await page.click('#message9107 .prose-bubble');
    await panel.bringToFront();
    await insertFromPanel(panel, ' не волнуйтесь,');
    expect(await editorModel(page)).toBe('Ольга, не волнуйтесь, перевод придёт');
    await page.bringToFront();
    await page.evaluate(() => document.execCommand('undo'));
    expect(await editorModel(page)).toBe('Ольга, перевод придёт');
    expect(await sent(page)).toBe(0);
    await panel.close();
    await page.close();
  });

  it('writes into a one-line input and into an editor in its own iframe', async () => {
    const page = await openPage(`${demo.url}fixtures/crm/composers.html`);
    const panel = await openPanel();
    await expect.poll(() => shownMessages(panel)).toHaveLength(3);
    expect(await insertFromPanel(panel, 'проверяю.')).toEqual({ ok: true });
    expect(
      await page.evaluate(
        () => (window as never as { editorModels: Record<string, string> }).editorModels.input,
      ),
    ).toBe('Ирина, проверяю.');
    await page.evaluate(() => {
      document.getElementById('reply-input')!.hidden = true;
      document.getElementById('reply-mce')!.hidden = false;
    });
    expect(await insertFromPanel(panel, 'роуминг вернём.')).toEqual({ ok: true });
    const models = () =>
      page.evaluate(() => (window as never as { editorModels: Record<string, string> }).editorModels);
    expect((await models()).iframe).toBe('Ирина, роуминг вернём.');
    expect(await page.inputValue('#mce-source')).toContain('роуминг вернём.');
    expect(await sent(page)).toBe(0);
    await panel.close();
    await page.close();
  });

  // The 500 ms budget is the content script's 40 ms batch plus the relay; the benchmark measures
  // the work (live_update_ms). Here, on a shared CI machine, a second is allowed, as in foundation.
  it('shows a new message live, within a second', async () => {
    const page = await openPage(`${demo.url}fixtures/crm/rocketchat.html`);
    const panel = await openPanel();
    await expect.poll(() => shownMessages(panel)).toHaveLength(6);
    await page.evaluate(() => {
      const row = document.querySelector('[data-index="44"]')!.cloneNode(true) as HTMLElement;
      row.dataset.index = '45';
      const message = row.querySelector('[data-qa-type="message"]') as HTMLElement;
      message.dataset.sequential = 'true';
      message.querySelector('.rcx-message-header')?.remove();
      message.querySelector('[data-qa-type="message-body"]')!.textContent = 'Вижу вертолёт МЧС!';
      document.querySelector('[data-index="44"]')!.after(row);
    });
    await panel.getByTestId('messages').getByText('Вижу вертолёт МЧС!').waitFor({ timeout: 1000 });
    expect((await shownMessages(panel)).at(-1)).toEqual({ role: 'customer', text: 'Вижу вертолёт МЧС!' });
    await panel.close();
    await page.close();
  });
});

describe('any CRM origin, least privilege', () => {
  let crm: Page;
  let panel: Page;

  it('adds a CRM site from the panel: no access before, the conversation right after', async () => {
    // The test host is granted by the manifest copy, so the start-up sync registered it already…
    const scripts = () => launched.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    await expect.poll(async () => (await scripts()).map((s) => s.matches)).toEqual([[`http://${HOST}/*`]]);
    // …unregister it to see the panel's "add this site" do the work, as on a fresh grant.
    await launched.worker.evaluate(() => chrome.scripting.unregisterContentScripts());
    const url = `http://${HOST}:${port}/fixtures/crm/teach-inhouse.html`;
    crm = await openPage(url);
    const id = await tabIdOf(url);
    panel = await openPanel(`?tabId=${id}`);
    await panel.getByTestId('crm-site-input').waitFor({ timeout: 5000 });
    await panel.getByTestId('crm-site-input').fill(`http://${HOST}:${port}`);
    await panel.getByTestId('crm-site-add').click({ timeout: 5000 });
    // Injected into the open tab at once (no reload), and read by the generic reader, which
    // says it is unsure: nothing on this page tells the authors apart.
    await panel.getByTestId('reading-unsure').waitFor({ timeout: 5000 });
    const registered = await scripts();
    expect(registered.map((s) => s.matches)).toEqual([[`http://${HOST}/*`]]);
    expect(registered[0]!.persistAcrossSessions).toBe(true);
  });

  it('teaches the site: four clicks on the page, a preview, then the right conversation', async () => {
    await panel.getByTestId('teach-site').first().click();
    await panel.getByTestId('teach-picking').waitFor();
    await crm.bringToFront();
    const picker = crm.locator('sufler-picker');
    await picker.waitFor({ state: 'attached' });
    const messages = crm.locator('[data-qa="message"] .sc-m9N0o');
    await messages.nth(0).hover();
    await messages.nth(0).click();
    await messages.nth(1).click();
    await crm.click('[data-qa="client-phone"]');
    await crm.click('#teach-reply');
    await expect.poll(() => picker.count()).toBe(0);
    await panel.bringToFront();
    await panel.getByTestId('teach-preview').waitFor();
    await panel.getByRole('button', { name: 'Сохранить для этого сайта' }).click();
    await expect
      .poll(() => shownMessages(panel))
      .toEqual([
        { role: 'customer', text: expect.stringContaining('предложение по СМС') },
        { role: 'operator', text: expect.stringContaining('с радостью поможем') },
        { role: 'customer', text: expect.stringContaining('Её зовут Алина') },
        { role: 'operator', text: expect.stringContaining('Выходи за меня?') },
        { role: 'customer', text: 'Идеально! Отправляйте.' },
      ]);
    expect(await panel.getByTestId('subscriber-phone').textContent()).toBe('+79172823390');
    expect(await panel.getByTestId('reading-unsure').count()).toBe(0);
    // The picker's clicks never reached the page: nothing was sent, nothing typed.
    expect(await sent(crm)).toBe(0);
  });

  it('says it cannot read the page once the CRM changed, and offers to teach again', async () => {
    await crm.goto(`http://${HOST}:${port}/fixtures/crm/teach-inhouse-changed.html`);
    await panel.getByTestId('cant-read').waitFor();
    expect(await panel.getByTestId('cant-read').innerText()).toContain('Не удаётся прочитать эту страницу');
    expect(await panel.getByRole('button', { name: 'Научить заново' }).count()).toBe(1);
    await crm.goto(`http://${HOST}:${port}/fixtures/crm/teach-inhouse.html`);
    await expect.poll(() => shownMessages(panel)).toHaveLength(5);
  });

  it('imports site profiles all or nothing, naming the bad field', async () => {
    const options = await launched.context.newPage();
    await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
    await options.getByTestId('site-profile').first().waitFor();
    expect(await options.getByTestId('site-profile').count()).toBe(1);
    const bad = JSON.stringify({
      kind: 'sufler-site-profiles',
      version: 1,
      profiles: [
        {
          origin: 'https://helpdesk.signal.ru',
          profile: { id: 'x', name: 'x', detect: '.a', message: '.m', role: { fallback: 'maybe' } },
        },
      ],
    });
    await options
      .getByTestId('site-profiles-import')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await expect
      .poll(() => options.getByTestId('site-profiles-feedback').textContent())
      .toContain('profiles[0].profile.role.fallback');
    expect(await options.getByTestId('site-profile').count()).toBe(1);
    expect(await options.getByTestId('crm-sites').innerText()).toContain(HOST);
    await options.close();
  });

  it('keeps the taught profile and the site registration across a browser restart', async () => {
    await launched.context.close();
    await launch();
    crm = await openPage(`http://${HOST}:${port}/fixtures/crm/teach-inhouse.html`);
    panel = await openPanel();
    const roles = async () => (await shownMessages(panel)).map((m) => m.role);
    // A cold start (service worker, persisted scripts, storage reads) is slow on a loaded machine:
    // this checks what survives a restart, not how fast.
    await expect
      .poll(roles, { timeout: 25_000 })
      .toEqual(['customer', 'operator', 'customer', 'operator', 'customer']);
    expect(await panel.getByTestId('reading-unsure').count()).toBe(0);
    await eventually(
      async () => (await panel.getByTestId('subscriber-phone').textContent()) === '+79172823390',
      'the taught subscriber field after a restart',
    );
    expect(pageErrors).toEqual([]);
  });
});
