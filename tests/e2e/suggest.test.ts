import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageHtml } from '../../demo/markup.js';
import { startDemoServer } from '../../demo/server.mjs';
import { type OpenAiMock, startOpenAiMock } from '../mock/openaiMock';
import {
  type Launched,
  launchWithExtension,
  newProfileDir,
  openPanelPage,
  removeProfileDir,
} from './harness';

let demo: { url: string; close(): Promise<void> };
let mock: OpenAiMock;
let profileDir: string;
let launched: Launched;
let crm: Page;
let panel: Page;

async function configureModel(options: Page) {
  await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
  const form = options.getByTestId('llm-settings');
  await form.getByLabel('Использовать языковую модель').check();
  await form.getByLabel('Провайдер').selectOption('gateway');
  await form.locator('input[name="baseUrl"]').fill(mock.baseUrl);
  await form.locator('input[name="model"]').fill('mock-model');
  await form.locator('input[name="apiKey"]').fill('sk-test-key');
  await form.locator('input[name="timeout"]').fill('3');
  await form.getByRole('button', { name: 'Проверить связь' }).click();
  await expect.poll(() => options.getByTestId('llm-status').textContent()).toContain('Связь есть');
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect.poll(() => options.getByTestId('llm-status').textContent()).toBe('Сохранено.');
}

beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
  mock = await startOpenAiMock();
  profileDir = newProfileDir();
  launched = await launchWithExtension(profileDir);
  crm = await launched.context.newPage();
  await crm.goto(`${demo.url}#/c/1041`);
  await crm.waitForSelector('section.chat .chat-log');
  panel = await openPanelPage(launched);
});

afterAll(async () => {
  await launched?.context.close();
  await mock?.close();
  await demo?.close();
  if (profileDir) removeProfileDir(profileDir);
});

describe('suggestions', () => {
  it('works without a model: says so and shows the customer’s emotion', async () => {
    await panel.getByTestId('llm-off').waitFor();
    await crm.click('[data-conversation-id="1046"] a');
    await expect.poll(() => panel.getByTestId('emotion').getAttribute('data-emotion')).toBeTruthy();
    expect(await panel.locator('[data-testid="emotion"] mark').count()).toBeGreaterThan(0);
  });

  it('shows the crisis banner first for a driver stranded on a winter highway', async () => {
    await crm.click('[data-conversation-id="1047"] a');
    await expect.poll(() => panel.getByTestId('subscriber-phone').textContent()).toBe('+79140186623');
    await panel.getByTestId('crisis-banner').waitFor();
    expect(await panel.getByTestId('crisis-banner').getAttribute('data-kind')).toMatch(
      /stranded|health_threat/,
    );
    // The team's playbook for this kind of crisis, from the built-in pack.
    await panel.getByTestId('crisis-playbook').waitFor();
    // Its template comes first, with the pack's constants and field defaults filled in.
    await expect
      .poll(() => panel.getByTestId('local-suggestion').first().locator('.suggestion-text').textContent())
      .toContain('112');
    const playbookText = await panel
      .getByTestId('local-suggestion')
      .first()
      .locator('.suggestion-text')
      .textContent();
    expect(playbookText).toContain('Дмитрий');
    expect(playbookText).not.toMatch(/ ,|\s{2}₽|\{\{/);
    // The banner sits above every other card.
    const first = await panel.locator('[role="tabpanel"] > .card').first().getAttribute('data-testid');
    expect(first).toBe('crisis-banner');
    await crm.click('[data-conversation-id="1048"] a');
    await expect.poll(() => panel.getByTestId('crisis-banner').count()).toBe(0);
    // With no model at all, the built-in templates for the situation are offered, name filled in.
    await crm.click('[data-conversation-id="1041"] a');
    await expect.poll(() => panel.getByTestId('subscriber-phone').textContent()).toBe('+79161234567');
    await expect
      .poll(() => panel.getByTestId('local-suggestion').first().locator('.suggestion-text').textContent())
      .toContain('Алексей');
    const local = await panel
      .getByTestId('local-suggestion')
      .first()
      .locator('.suggestion-text')
      .textContent();
    expect(local).not.toMatch(/\{\{/);
    await crm.click('[data-conversation-id="1041"] a');
  });

  it('loads the crisis model: a crisis no lexicon entry names still raises the banner', async () => {
    await crm.click('[data-conversation-id="1048"] a');
    await expect.poll(() => panel.getByTestId('crisis-banner').count()).toBe(0);
    // Written so that the lexicons alone miss it (tests/unit/analysis/crisisModel.test.ts holds that):
    // the banner can only come from the model chunk the panel loads after its first paint.
    const text = 'ребёнок 5 лет ушёл с площадки пока я отвернулась, не можем найти уже полчаса';
    const html = messageHtml({
      id: 'e2e-model-1',
      role: 'customer',
      text,
      time: '2025-11-25T14:30:00+03:00',
    });
    await crm.evaluate((h) => {
      document.querySelector('section.chat .chat-log')?.insertAdjacentHTML('beforeend', h);
    }, html);
    await panel.getByTestId('crisis-banner').waitFor();
    expect(await panel.getByTestId('crisis-banner').getAttribute('data-kind')).toBe('child_at_risk');
  });

  it('streams alternatives from the configured endpoint with no raw PII sent, and inserts the restored reply', async () => {
    await crm.click('[data-conversation-id="1041"] a');
    await expect.poll(() => panel.getByTestId('subscriber-phone').textContent()).toBe('+79161234567');
    const options = await launched.context.newPage();
    await configureModel(options);
    await options.close();
    await panel.getByTestId('llm-generate').waitFor();

    mock.requests.length = 0;
    mock.enqueue({
      kind: 'stream',
      chunkSize: 3,
      delayMs: 5,
      text:
        '[[NAME_1]], понимаю, как вам тревожно за жену и сына. Я уже проверяю перевод и напишу жене на [[PHONE_1]], что помощь идёт. Вернусь к вам в течение 15 минут.' +
        '\n<<<NEXT>>>\nАлексей, мне очень жаль, что так вышло. Проверю перевод прямо сейчас и сообщу через 15 минут.',
    });
    await panel.getByTestId('llm-generate').click();
    await expect.poll(() => panel.getByTestId('llm-suggestion').count()).toBe(2);
    await expect.poll(() => panel.getByTestId('llm-generate').isVisible()).toBe(true);

    const sent = mock.requests.find((r) => r.path.endsWith('/chat/completions'))!;
    expect(sent.headers.authorization).toBe('Bearer sk-test-key');
    for (const raw of [
      '580-33-14',
      '123-45-67',
      'Громов',
      'Алексей',
      'a.gromov@mail.example',
      'SG-4471023',
    ]) {
      expect(sent.body).not.toContain(raw);
    }
    expect(sent.body).toContain('[[PHONE_');

    const first = await panel.getByTestId('llm-suggestion').first().locator('.suggestion-text').textContent();
    expect(first).toContain('+7 912 580-33-14');
    expect(first).toMatch(/^Алексей( Громов)?, понимаю/);
    expect(first).not.toContain('[[');

    await crm.fill('#reply', '');
    await panel
      .getByTestId('llm-suggestion')
      .first()
      .getByRole('button', { name: 'Вставить в ответ' })
      .click();
    await expect.poll(() => crm.inputValue('#reply')).toBe(first);
    expect(
      await crm.evaluate(() => (window as unknown as { __sentMessages: string[] }).__sentMessages.length),
    ).toBe(0);
  });

  const faults: [string, Parameters<OpenAiMock['enqueue']>[0], string][] = [
    ['401', { kind: 'status', status: 401, message: 'bad key' }, 'Ключ API не подошёл'],
    ['403', { kind: 'status', status: 403 }, 'Доступ к модели запрещён'],
    [
      '404 model',
      { kind: 'status', status: 404, message: 'The model `x` does not exist' },
      'Модель не найдена',
    ],
    ['429', { kind: 'status', status: 429, headers: { 'retry-after-ms': '1' } }, 'Слишком много запросов'],
    ['500', { kind: 'status', status: 500 }, 'Сервер модели сейчас недоступен'],
    ['timeout', { kind: 'hang' }, 'Модель не ответила вовремя'],
    ['connection reset', { kind: 'reset' }, 'Нет связи с сервером модели'],
    ['malformed stream', { kind: 'malformed' }, 'повреждённый ответ'],
  ];
  it.each(faults)(
    'explains a %s in plain words and keeps the local suggestions',
    async (_name, step, message) => {
      // The SDK retries 429/5xx/timeouts/resets: the fault answers every attempt.
      mock.setDefault(step);
      try {
        await panel.getByTestId('llm-generate').click();
        await expect
          .poll(() => panel.getByTestId('llm-error').textContent(), { timeout: 30_000 })
          .toContain(message);
        expect(await panel.getByTestId('local-suggestions').isVisible()).toBe(true);
        expect(await panel.getByTestId('subscriber-phone').textContent()).toBe('+79161234567');
      } finally {
        mock.setDefault({ kind: 'stream', text: 'Понимаю вас. Сейчас всё проверю.' });
      }
      // The next request works again.
      await panel.getByTestId('llm-generate').click();
      await expect
        .poll(() => panel.getByTestId('llm-suggestion').count(), { timeout: 30_000 })
        .toBeGreaterThan(0);
    },
  );

  it('answers the verse complaint in verse: generated, scored, repaired, edited with per-line hints, inserted', async () => {
    const verse = (name: string) => readFileSync(`tests/fixtures/verse/${name}`, 'utf8').trim();
    // 16 lines of 12-syllable anapest, AABB, like the demo poem.
    const good = `${verse('forest-complaint.ru.txt')}\n\n${verse('forest-reply.ru.txt').split('\n\n')[0]}`;
    const prose = 'Здравствуйте! Мы проверим покрытие.\nНапишите, где вы были, и номер телефона.';
    await crm.click('[data-conversation-id="1045"] a');
    await panel.getByTestId('verse-badge').waitFor();
    expect(await panel.getByTestId('verse-badge').getAttribute('data-scheme')).toBe('AABB');
    expect(await panel.getByTestId('verse-badge').getAttribute('data-meter')).toBe('anapest');

    mock.requests.length = 0;
    mock.enqueue({ kind: 'stream', text: `${prose}\n<<<NEXT>>>\n${good}` }, { kind: 'stream', text: good });
    await panel.getByTestId('llm-generate').click();
    await expect.poll(() => panel.getByTestId('verse-score').count(), { timeout: 20_000 }).toBe(2);
    const calls = mock.requests.filter((r) => r.path.endsWith('/chat/completions'));
    expect(calls).toHaveLength(2);
    expect(JSON.parse(calls[0]!.body).messages[0].content).toMatch(/rhyme scheme AABB/);
    expect(JSON.parse(calls[1]!.body).messages[1].content).toMatch(/defects/);
    const best = await panel.getByTestId('verse-score').first().textContent();
    expect(Number(/(\d+)%/.exec(best ?? '')?.[1])).toBeGreaterThanOrEqual(80);

    await panel.getByTestId('edit-verse').first().click();
    const editor = panel.getByTestId('verse-editor');
    await editor.waitFor();
    expect(await editor.getByTestId('verse-line').count()).toBe(16);
    // Break the first line: the editor points at it.
    const area = editor.locator('textarea');
    const text = await area.inputValue();
    await area.fill(text.replace(/^[^\n]+/, 'Я в лесу'));
    await expect.poll(() => editor.locator('.verse-line.bad').count()).toBeGreaterThan(0);
    await area.fill(text);
    await crm.fill('#reply', '');
    await editor.getByRole('button', { name: 'Вставить в ответ' }).click();
    await expect.poll(() => crm.inputValue('#reply')).toBe(text);
  });

  it('cancels a slow stream on request', async () => {
    mock.enqueue({ kind: 'stream', text: 'Очень медленный ответ. '.repeat(40), delayMs: 50 });
    await panel.getByTestId('llm-generate').click();
    await panel.getByTestId('llm-cancel').click();
    await expect.poll(() => panel.getByTestId('llm-error').getAttribute('data-kind')).toBe('aborted');
  });
});
