import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import {
  eventually,
  type Launched,
  launchWithExtension,
  newProfileDir,
  openPanelPage,
  removeProfileDir,
} from './harness';

/*
 * Subscriber memory end to end on the demo CRM: notes, a follow-up whose reminder fires as a
 * system notification with the overdue badge, the reminder's click path landing on the right
 * conversation, a browser restart on the same profile, and export → wipe → import.
 *
 * Headless Chromium shows no notification UI, so nothing can be clicked there: the test reads
 * notifications and the badge in the service worker (`chrome.notifications.getAll()`,
 * `chrome.action.getBadgeText()`) and fires the click in the worker with
 * `chrome.notifications.onClicked.dispatch(id)`, which runs our real onClicked listener.
 */

let demo: { url: string; close(): Promise<void> };
let profileDir: string;
let launched: Launched;
let crm: Page;
let panel: Page;
/** Script errors in our own pages (panel, options); the CRM page's are the reader's concern. */
const pageErrors: string[] = [];

const VORONIN = '+79161234567';
const KUZNETSOV = '+79124081562';

async function openCrm(hash: string): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`${demo.url}${hash}`);
  await page.waitForSelector('section.chat .chat-log');
  return page;
}

async function openPanel(): Promise<Page> {
  const page = await openPanelPage(launched);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

const phoneInPanel = () => panel.getByTestId('subscriber-phone').textContent({ timeout: 2000 });
const notifications = async () =>
  Object.keys((await launched.worker.evaluate('chrome.notifications.getAll()')) as Record<string, boolean>);
const badge = () => launched.worker.evaluate('chrome.action.getBadgeText({})') as Promise<string>;
const reminderIds = async () => (await notifications()).filter((id) => id.startsWith('followup:'));

async function addFollowUp(text: string, when: string): Promise<void> {
  const editor = panel.getByTestId('followup-editor').first();
  await editor.locator('textarea').fill(text);
  await editor.getByLabel('Когда').fill(when);
  await editor.getByTestId('followup-due-preview').waitFor();
  await editor.getByRole('button', { name: 'Добавить напоминание' }).click();
  await panel.getByTestId('followup').filter({ hasText: text }).waitFor();
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
  profileDir = newProfileDir();
  launched = await launchWithExtension(profileDir);
  crm = await openCrm('#/c/1041');
  panel = await openPanel();
});

afterAll(async () => {
  await launched?.context.close();
  await demo?.close();
  if (profileDir) removeProfileDir(profileDir);
});

describe('subscriber memory beside the demo CRM', () => {
  it('keeps notes with line breaks and safe links, and makes a note from a message in one click', async () => {
    await expect.poll(phoneInPanel).toBe(VORONIN);
    await expect.poll(() => panel.getByTestId('subscriber-match').innerText()).toContain('В памяти');
    const editor = panel.locator('.notes textarea').first();
    await editor.fill(
      'Перевод жене и сыну на автовокзал — до недели.\nИнструкция: https://signal.example/help/perevod',
    );
    await panel.getByRole('button', { name: 'Добавить заметку' }).click();
    const note = panel.getByTestId('note').filter({ hasText: 'автовокзал' });
    await note.waitFor();
    const link = note.getByRole('link', { name: 'https://signal.example/help/perevod' });
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await note.locator('.note-text').innerText()).toContain('недели.\nИнструкция');

    const lastCustomer = panel.getByTestId('messages').locator('li[data-role="customer"]').last();
    const said = (await lastCustomer.locator('.message-text').innerText()).trim();
    await lastCustomer.getByRole('button', { name: 'В заметку' }).click();
    await expect.poll(() => panel.getByTestId('notes').innerText()).toContain(said.split('\n')[0]!);
    expect(await panel.getByTestId('note').count()).toBe(2);
  });

  it('fires a follow-up’s reminder as a notification and counts it on the toolbar badge', async () => {
    await crm.click('[data-conversation-id="1042"] a');
    await expect.poll(phoneInPanel).toBe(KUZNETSOV);
    await panel.locator('.notes textarea').first().fill('Ищет армейского друга Петра из Самары');
    await panel.getByRole('button', { name: 'Добавить заметку' }).click();
    await panel.getByTestId('note').filter({ hasText: 'армейского' }).waitFor();
    await addFollowUp('Спросить, нашёлся ли армейский друг', 'через 6 секунд');
    expect(await badge()).toBe('');

    // The operator moves on to another conversation before the reminder is due.
    await crm.click('[data-conversation-id="1041"] a');
    await expect.poll(phoneInPanel).toBe(VORONIN);
    await eventually(async () => (await reminderIds()).length === 1, 'the reminder notification', 20_000);
    await eventually(async () => (await badge()) === '1', 'the overdue badge', 5000);

    await panel.getByTestId('tab-memory').click();
    const today = panel.getByTestId('today').getByTestId('followup');
    await expect.poll(() => today.innerText()).toContain('просрочено');
    expect(await today.innerText()).toContain('Кузнецов');
  });

  it('opens the follow-up’s conversation from the reminder’s click path and shows that subscriber', async () => {
    const [notificationId] = await reminderIds();
    // No notification UI in headless: dispatch the click to our listener inside the worker.
    await launched.worker.evaluate(
      `chrome.notifications.onClicked.dispatch(${JSON.stringify(notificationId)})`,
    );
    await expect.poll(() => crm.url()).toMatch(/#\/c\/1042$/);
    await expect.poll(() => crm.locator('[data-field="phone"]').innerText()).toContain('408-15-62');
    const active = (await launched.worker.evaluate(
      'chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t) => t[0]?.url)',
    )) as string;
    expect(active).toMatch(/#\/c\/1042$/);
    await eventually(
      async () => !(await notifications()).includes(notificationId!),
      'the notification to close',
    );

    await panel.getByTestId('tab-conversation').click();
    await expect.poll(phoneInPanel).toBe(KUZNETSOV);
    const followUp = panel
      .getByTestId('followups')
      .getByTestId('followup')
      .filter({ hasText: 'армейский друг' });
    await followUp.getByRole('button', { name: 'Готово' }).click();
    await eventually(async () => (await badge()) === '', 'the badge to clear once done');
  });

  it('keeps notes and pending follow-ups across a browser restart, and shows a reminder missed while closed', async () => {
    await addFollowUp('Перезвонить после перезапуска браузера', 'через 8 секунд');
    const due = Date.now() + 8000;
    await launched.context.close();
    // Closed while the reminder falls due.
    await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now() + 1000)));

    launched = await launchWithExtension(profileDir);
    crm = await openCrm('#/c/1042');
    panel = await openPanel();
    await expect.poll(phoneInPanel).toBe(KUZNETSOV);
    await expect.poll(() => panel.getByTestId('notes').innerText()).toContain('Ищет армейского друга');
    await panel.getByTestId('followup').filter({ hasText: 'после перезапуска' }).waitFor();
    await eventually(
      async () => (await reminderIds()).length === 1,
      'the missed reminder after restart',
      20_000,
    );
    await eventually(async () => (await badge()) === '1', 'the badge after restart');

    // The "today" list opens a follow-up's conversation the same way the notification does.
    await crm.click('[data-conversation-id="1041"] a');
    await expect.poll(phoneInPanel).toBe(VORONIN);
    await panel.getByTestId('tab-memory').click();
    // Notes of every subscriber are searchable, in other word forms than written.
    await panel.getByTestId('notes-search').getByRole('searchbox').fill('армейский друг');
    const found = panel.getByTestId('search-result');
    await expect.poll(() => found.count()).toBe(1);
    expect(await found.innerText()).toContain('Кузнецов');
    const missed = panel
      .getByTestId('today')
      .getByTestId('followup')
      .filter({ hasText: 'после перезапуска' });
    await missed.getByRole('button', { name: 'Открыть разговор' }).click();
    await expect.poll(() => crm.url()).toMatch(/#\/c\/1042$/);

    await crm.click('[data-conversation-id="1041"] a');
    await panel.getByTestId('tab-conversation').click();
    await expect.poll(phoneInPanel).toBe(VORONIN);
    await expect.poll(() => panel.getByTestId('note').count()).toBe(2);
  });

  it('exports everything, wipes it, and imports it back identical', async () => {
    const options = await launched.context.newPage();
    options.on('pageerror', (e) => pageErrors.push(e.message));
    await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
    const before = JSON.parse(await download(options, 'Сохранить копию в файл'));
    expect(before.tables.notes).toHaveLength(3);
    expect(before.tables.followUps).toHaveLength(2);
    // Re-opening a conversation within minutes is one visit: one per conversation here.
    expect(before.tables.visits.map((v: { url: string }) => v.url.replace(/^.*#/, '')).sort()).toEqual([
      '/c/1041',
      '/c/1042',
    ]);

    await options.getByRole('button', { name: 'Стереть все данные…' }).click();
    await options.getByRole('button', { name: 'Стереть навсегда' }).click();
    await expect.poll(() => options.getByTestId('memory-wipe-status').innerText()).toContain('стёрты');
    const wiped = JSON.parse(await download(options, 'Сохранить копию в файл'));
    for (const rows of Object.values(wiped.tables)) expect(rows).toEqual([]);
    await eventually(async () => (await badge()) === '', 'the badge to clear after the wipe');

    await options.getByTestId('memory-import-file').setInputFiles({
      name: 'sufler-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(before)),
    });
    await options.getByTestId('memory-import-confirm').getByRole('button', { name: 'Загрузить' }).click();
    await expect.poll(() => options.getByTestId('memory-backup-status').innerText()).toContain('Загружено');

    const after = JSON.parse(await download(options, 'Сохранить копию в файл'));
    expect(after.tables).toEqual(before.tables);
    for (const [key, value] of Object.entries(before.settings))
      expect(after.settings[key], key).toEqual(value);
    await eventually(async () => (await badge()) === '1', 'the overdue follow-up to count again');

    await panel.reload();
    await expect.poll(phoneInPanel).toBe(VORONIN);
    await expect.poll(() => panel.getByTestId('note').count()).toBe(2);
    expect(pageErrors, pageErrors.join('\n')).toEqual([]);
  });
});
