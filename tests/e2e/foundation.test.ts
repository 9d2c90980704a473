import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import {
  ARTIFACTS_DIR,
  evaluateInTarget,
  eventually,
  type Launched,
  launchWithExtension,
  newProfileDir,
  openPanelPage,
  removeProfileDir,
} from './harness';

let demo: { url: string; close(): Promise<void> };
let profileDir: string;
let launched: Launched;
let crm: Page;
let panel: Page;
const pageErrors: string[] = [];

async function openCrm(hash: string): Promise<Page> {
  const page = await launched.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${demo.url}${hash}`);
  await page.waitForSelector('section.chat .chat-log');
  return page;
}

const subscriberPhone = (p: Page) => p.getByTestId('subscriber-phone').textContent();

beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
  profileDir = newProfileDir();
  launched = await launchWithExtension(profileDir);
  crm = await openCrm('#/c/1041');
  panel = await openPanelPage(launched);
});

afterAll(async () => {
  await launched?.context.close();
  await demo?.close();
  if (profileDir) removeProfileDir(profileDir);
});

describe('Sufler beside the demo CRM', () => {
  it('shows the conversation’s subscriber in E.164 and the latest messages', async () => {
    await expect.poll(() => subscriberPhone(panel)).toBe('+79161234567');
    const name = await crm.locator('[data-field="name"]').textContent();
    expect(await panel.getByTestId('subscriber-name').textContent()).toBe(name);
    const lastCustomer = await crm.locator('.msg--customer .msg-text').last().innerText();
    await expect
      .poll(() => panel.getByTestId('messages').innerText())
      .toContain(lastCustomer.split('\n')[0]!);
  });

  it('shows a new customer message within a second', async () => {
    const before = await crm.locator('.msg--customer').count();
    await crm.click('#receive-next');
    await crm.waitForFunction((n) => document.querySelectorAll('.msg--customer').length > n, before);
    const arrived = (await crm.locator('.msg--customer .msg-text').last().innerText()).split('\n')[0]!;
    const start = Date.now();
    await panel
      .getByTestId('messages')
      .getByText(arrived, { exact: false })
      .first()
      .waitFor({ timeout: 1000 });
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it('writes notes for a subscriber and shows them in every conversation with that person', async () => {
    await crm.click('[data-conversation-id="1042"] a');
    await expect.poll(() => subscriberPhone(panel)).toBe('+79124081562');
    const editor = panel.locator('.notes textarea').first();
    await editor.fill('Ищет армейского друга Петра из Самары. Перезвонить в пятницу.');
    await panel.getByRole('button', { name: 'Добавить заметку' }).click();
    await panel.getByTestId('note').filter({ hasText: 'армейского друга' }).waitFor();
    expect(await editor.inputValue()).toBe('');

    await editor.fill('Служили вместе в Чите, 2004–2005');
    await panel.getByRole('button', { name: 'Добавить заметку' }).click();
    const second = panel.getByTestId('note').filter({ hasText: 'Чите' });
    await second.getByRole('button', { name: 'Закрепить' }).click();
    await expect.poll(() => panel.getByTestId('note').first().innerText()).toContain('Закреплено');

    // Edit, then delete with confirmation.
    await second.getByRole('button', { name: 'Изменить' }).click();
    await panel.locator('.note.editing textarea').fill('Служили вместе в Чите, 2004–2005, рота связи');
    await panel.locator('.note.editing').getByRole('button', { name: 'Сохранить' }).click();
    await panel.getByTestId('note').filter({ hasText: 'рота связи' }).waitFor();

    // The older conversation with the same person (phone written differently) shows the same notes.
    await crm.click('[data-conversation-id="0987"] a');
    await expect.poll(() => panel.getByTestId('subscriber-name').textContent()).toContain('Кузнецов');
    await expect.poll(() => panel.getByTestId('notes').innerText()).toContain('армейского друга');

    // Another subscriber has none of them.
    await crm.click('[data-conversation-id="1043"] a');
    await expect.poll(() => subscriberPhone(panel)).toBe('+79263451890');
    await panel.getByTestId('notes-empty').waitFor();
    expect(await panel.getByTestId('note').count()).toBe(0);

    await crm.click('[data-conversation-id="1042"] a');
    await panel.getByTestId('note').filter({ hasText: 'рота связи' }).waitFor();
    const gone = panel.getByTestId('note').filter({ hasText: 'рота связи' });
    await gone.getByRole('button', { name: 'Удалить' }).click();
    await gone.getByRole('button', { name: 'Удалить' }).click();
    await expect.poll(() => panel.getByTestId('note').count()).toBe(1);
  });

  it('inserts a note into the reply box at the cursor, firing input events, without sending', async () => {
    await crm.fill('#reply', 'Сергей Викторович, ');
    await crm
      .locator('#reply')
      .evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
    await crm.locator('#reply').blur();
    await panel.getByTestId('note').first().getByRole('button', { name: 'Вставить в ответ' }).click();
    await expect.poll(() => panel.getByTestId('insert-feedback').textContent()).toContain('Отправляете вы');
    const value = await crm.inputValue('#reply');
    expect(value).toBe('Сергей Викторович, Ищет армейского друга Петра из Самары. Перезвонить в пятницу.');
    expect(await crm.textContent('#reply-counter')).toBe(String(value.length));
    expect(
      await crm.evaluate(() => (window as unknown as { __sentMessages: string[] }).__sentMessages.length),
    ).toBe(0);
  });

  it('says plainly when a page has no conversation', async () => {
    const other = await launched.context.newPage();
    other.on('pageerror', (e) => pageErrors.push(e.message));
    await other.goto(`${demo.url}fixtures/no-conversation.html`);
    await panel.reload();
    await panel.getByTestId('no-conversation').waitFor();
    expect(await panel.getByTestId('no-conversation').innerText()).toContain('Разговор не найден');
    await other.close();
    expect(pageErrors).toEqual([]);
  });

  it('opens as the real side panel from a user gesture on the CRM page', async () => {
    const cdp = await launched.context.newCDPSession(crm);
    // The panel opened as a tab is one sidepanel.html target; the real side panel is another.
    const panelTargets = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { url: string; targetId: string }[];
      };
      return targetInfos.filter((t) =>
        t.url.startsWith(`chrome-extension://${launched.extensionId}/sidepanel.html`),
      );
    };
    const before = await panelTargets();
    await crm.click('[data-conversation-id="1041"] a');
    await crm.bringToFront();
    await crm.click('.chat-log');
    await crm.keyboard.press('Alt+Shift+KeyS');
    await eventually(
      async () => (await panelTargets()).length > before.length,
      'the side panel target to appear',
    );
    const sidePanel = (await panelTargets()).find((t) => !before.some((b) => b.targetId === t.targetId))!;
    // Playwright does not list the side panel among its pages; read its DOM over the DevTools protocol.
    const shown = () =>
      evaluateInTarget(
        cdp,
        sidePanel.targetId,
        `document.querySelector('[data-testid="subscriber-phone"]')?.textContent`,
      );
    await eventually(async () => (await shown()) === '+79161234567', 'the side panel to show the subscriber');
  });

  it('writes a screenshot of the CRM with the panel beside it', async () => {
    await crm.click('[data-conversation-id="1045"] a');
    await expect.poll(() => subscriberPhone(panel)).toBe('+79157220964');
    await crm.setViewportSize({ width: 1100, height: 760 });
    await panel.setViewportSize({ width: 380, height: 760 });
    const left = await crm.screenshot();
    const right = await panel.screenshot();
    const sheet = await launched.context.newPage();
    await sheet.setViewportSize({ width: 1480, height: 760 });
    await sheet.setContent(
      `<body style="margin:0;display:flex;background:#ccc"><img src="data:image/png;base64,${left.toString('base64')}">` +
        `<img style="border-left:1px solid #999" src="data:image/png;base64,${right.toString('base64')}"></body>`,
    );
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const png = await sheet.screenshot();
    writeFileSync(join(ARTIFACTS_DIR, 'panel-beside-crm.png'), png);
    expect(png.length).toBeGreaterThan(10_000);
    await sheet.close();
  });

  it('keeps notes across a browser restart with the same profile', async () => {
    await launched.context.close();
    launched = await launchWithExtension(profileDir);
    crm = await openCrm('#/c/0987');
    panel = await openPanelPage(launched);
    await expect.poll(() => panel.getByTestId('subscriber-name').textContent()).toContain('Кузнецов');
    await expect
      .poll(() => panel.getByTestId('notes').innerText())
      .toContain('Ищет армейского друга Петра из Самары');
    await expect.poll(() => panel.getByTestId('note').count()).toBe(1);
  });
});
