import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import { signPack } from '../../utils/templates/index';
import {
  type Launched,
  launchWithExtension,
  newProfileDir,
  openPanelPage,
  removeProfileDir,
} from './harness';

const FIXTURES = resolve('tests/fixtures/packs');
const json = (name: string) =>
  JSON.parse(readFileSync(resolve(FIXTURES, name), 'utf8')) as Record<string, unknown>;
const leadKey = json('keys/team-lead.key') as { privateKey: string; publicKey: string };

/** A static pack host on 127.0.0.1 with ETag validators; the test decides what it serves. */
class PackHost {
  body = '';
  etag = '';
  readonly conditional: (string | undefined)[] = [];
  private server: Server | null = null;
  url = '';

  serve(pack: unknown, etag: string): void {
    this.body = `${JSON.stringify(pack, null, 2)}\n`;
    this.etag = etag;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const asked = req.headers['if-none-match'];
      this.conditional.push(asked);
      if (asked === this.etag) {
        res.writeHead(304, { ETag: this.etag });
        res.end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ETag: this.etag });
      res.end(this.body);
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/team.json`;
  }

  close(): Promise<void> {
    return new Promise((r) => this.server?.close(() => r()) ?? r());
  }
}

/** The team pack under another id, as a second team would publish it, signed by the test lead key. */
async function southPack(version: '1.0.0' | '1.1.0'): Promise<Record<string, unknown>> {
  const source = json(version === '1.0.0' ? 'team-v1.json' : 'team-v2.json');
  return signPack({ ...source, id: 'signal-team-south', name: 'Сигнал — смена «Юг»' }, leadKey.privateKey);
}

let demo: { url: string; close(): Promise<void> };
let host: PackHost;
let profileDir: string;
let launched: Launched;
let options: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
  host = new PackHost();
  await host.start();
  profileDir = newProfileDir();
  launched = await launchWithExtension(profileDir);
  options = await launched.context.newPage();
  options.on('pageerror', (e) => pageErrors.push(e.message));
  await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
  await options.getByTestId('packs-section').waitFor();
});

afterAll(async () => {
  await launched?.context.close();
  await host?.close();
  await demo?.close();
  if (profileDir) removeProfileDir(profileDir);
});

const installed = (id: string) => options.locator(`[data-testid="installed-pack"][data-pack-id="${id}"]`);
const lastCheck = () => options.getByTestId('pack-last-check').first().innerText();

describe('packs in Chromium', () => {
  it('has the built-in packs and imports a pack file', async () => {
    await installed('signal-ru').waitFor();
    await installed('signal-en').waitFor();
    await options.getByTestId('pack-file').setInputFiles(resolve(FIXTURES, 'team-v1.json'));
    await expect.poll(() => options.getByTestId('pack-result').innerText()).toContain('установлен');
    await expect
      .poll(() => installed('signal-team-north').getByTestId('pack-version').innerText())
      .toBe('1.0.0');
  });

  it('refuses a broken pack file and says where the problem is', async () => {
    await options
      .getByTestId('pack-file')
      .setInputFiles(resolve(FIXTURES, 'hostile/15-unknown-variable.json'));
    await expect
      .poll(() => options.getByTestId('pack-result').innerText())
      .toContain('Неизвестная переменная {{custmer.firstName}}');
    expect(await options.getByTestId('pack-result').innerText()).toContain('$.templates[1].body');
  });

  it('subscribes to a signed pack on 127.0.0.1, follows updates and rejects a tampered one', async () => {
    await options.getByTestId('trusted-key-input').fill(leadKey.publicKey);
    await options.getByRole('button', { name: 'Добавить ключ' }).click();
    await options.getByTestId('trusted-keys').getByText(leadKey.publicKey).waitFor();

    host.serve(await southPack('1.0.0'), '"south-1"');
    await options.getByTestId('pack-url').fill(host.url);
    await options.getByTestId('pack-require-signature').check();
    await options.getByRole('button', { name: 'Подписаться' }).click();
    await expect.poll(lastCheck, { timeout: 15_000 }).toContain('установлена версия 1.0.0');
    await expect
      .poll(() => installed('signal-team-south').getByTestId('pack-signature').innerText())
      .toContain('подпись верна');

    // Nothing new: a conditional request, answered 304.
    await options.getByTestId('pack-check-now').first().click();
    await expect.poll(() => host.conditional.at(-1)).toBe('"south-1"');
    await expect.poll(lastCheck).toContain('изменений нет');

    host.serve(await southPack('1.1.0'), '"south-2"');
    await options.getByTestId('pack-check-now').first().click();
    await expect.poll(lastCheck).toContain('обновлено с 1.0.0 до 1.1.0');
    await expect
      .poll(() => installed('signal-team-south').getByTestId('pack-version').innerText())
      .toBe('1.1.0');

    // Someone with access to the host edits the signed pack: a new version asking for money.
    const signed = await southPack('1.1.0');
    const templates = (signed.templates as { body: string }[]).map((t, i) =>
      i === 0 ? { ...t, body: `${t.body} Для ускорения переведите 500 ₽ на +7 900 000-00-00.` } : t,
    );
    const changelog = [
      { version: '1.2.0', changes: ['Ускорение переводов.'] },
      ...(signed.changelog as unknown[]),
    ];
    const tampered = { ...signed, version: '1.2.0', changelog, templates };
    host.serve(tampered, '"south-3"');
    await options.getByTestId('pack-check-now').first().click();
    await expect.poll(lastCheck).toContain('подпись не сходится');
    expect(await installed('signal-team-south').getByTestId('pack-version').innerText()).toBe('1.1.0');

    // One click back to the previous version.
    await installed('signal-team-south').getByTestId('pack-rollback').click();
    await expect
      .poll(() => installed('signal-team-south').getByTestId('pack-version').innerText())
      .toBe('1.0.0');
  });

  it('finds a template, fills in its fields and inserts it into the CRM reply box with the customer’s name', async () => {
    const crm = await launched.context.newPage();
    crm.on('pageerror', (e) => pageErrors.push(e.message));
    await crm.goto(`${demo.url}#/c/1041`);
    await crm.waitForSelector('section.chat .chat-log');
    const panel = await openPanelPage(launched);
    await panel.getByTestId('subscriber-name').waitFor();
    await panel.getByTestId('tab-templates').click();

    const search = panel.getByTestId('template-search');
    await search.fill('проверю перевод');
    await expect
      .poll(() => panel.getByTestId('template-row').first().getAttribute('data-template-id'))
      .toBe('signal-team-north/transfer-status');
    await search.press('Enter');
    const form = panel.getByTestId('template-fill');
    await form.locator('input[name="amount"]').fill('5000');
    await form.locator('select[name="bank"]').selectOption('ВТБ');
    await form.locator('input[name="amount"]').press('Enter');

    await expect
      .poll(() => crm.inputValue('#reply'))
      .toMatch(/^Алексей, перевод на 5000 ₽ в ВТБ я вижу\. Проверю/);
    expect(
      await crm.evaluate(() => (window as unknown as { __sentMessages: string[] }).__sentMessages.length),
    ).toBe(0);

    // Search tolerates a typo and other word forms, in the built-in pack too.
    await panel.getByTestId('tab-conversation').click();
    await panel.getByTestId('tab-templates').click();
    await panel.getByTestId('template-search').fill('заблудилсь в лесу');
    await expect
      .poll(() => panel.getByTestId('template-row').first().getAttribute('data-template-id'))
      .toBe('signal-ru/crisis-lost-forest');

    // The shortcut on the CRM page brings the picker forward with the search focused.
    await panel.getByTestId('tab-conversation').click();
    await crm.bringToFront();
    await crm.click('.chat-log');
    await crm.keyboard.press('Alt+Shift+KeyK');
    await expect.poll(() => panel.getByTestId('tab-templates').getAttribute('aria-selected')).toBe('true');
    expect(pageErrors).toEqual([]);
  });
});
