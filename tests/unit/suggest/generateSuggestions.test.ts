// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLlmClient } from '@/utils/suggest/createLlmClient';
import { generateSuggestions } from '@/utils/suggest/generateSuggestions';
import { classifyLlmError } from '@/utils/suggest/llmErrors';
import { prepareRequest } from '@/utils/suggest/prepareRequest';
import { ALTERNATIVE_SEPARATOR } from '@/utils/suggest/splitAlternatives';
import { type OpenAiMock, startOpenAiMock } from '../../mock/openaiMock';

let mock: OpenAiMock;
beforeAll(async () => {
  mock = await startOpenAiMock();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

const conversation = {
  messages: [
    {
      role: 'customer' as const,
      text: 'Здравствуйте, это Сергей Ковалёв. Жена с сыном на автовокзале в Твери, я перевёл им 5000 ₽ на карту 2200 7001 2345 6781, а банк пишет — до недели! Её номер +7 912 580-33-14.',
    },
  ],
  subscriber: { phone: '+79161234567', name: 'Сергей Ковалёв' },
  mode: 'reply' as const,
  alternatives: 2,
};

const client = (retries = 0, timeoutMs = 5000) =>
  createLlmClient({ baseUrl: mock.baseUrl, timeoutMs }, 'sk-test', retries);

describe('generateSuggestions against a real HTTP mock', () => {
  it('sends no raw personal data and restores it locally, even across chunk boundaries', async () => {
    const request = prepareRequest(conversation);
    const phone = request.mappings.find((m) => m.value.includes('580-33-14'))!.placeholder;
    const card = request.mappings.find((m) => m.value.includes('6781'))!.placeholder;
    mock.enqueue({
      kind: 'stream',
      chunkSize: 3,
      text: `Сергей, понимаю, как вы волнуетесь. Я проверю перевод на карту ${card} и напишу на ${phone} в течение часа.\n${ALTERNATIVE_SEPARATOR}\nСергей, мне очень жаль. Сейчас же проверю, где перевод.`,
    });
    const updates: string[][] = [];
    const result = await generateSuggestions(client(), request, {
      model: 'mock-model',
      temperature: 0.7,
      maxAlternatives: 3,
      onUpdate: (a) => updates.push(a),
    });
    const body = mock.requests[0]!.body;
    for (const raw of ['2200 7001 2345 6781', '580-33-14', 'Ковалёв']) expect(body).not.toContain(raw);
    expect(body).toContain(phone);
    expect(result).toHaveLength(2);
    expect(result[0]).toContain('2200 7001 2345 6781');
    expect(result[0]).toContain('+7 912 580-33-14');
    expect(result.join(' ')).not.toMatch(/\[\[/);
    // Streamed word by word: many updates, none of which ever showed a half placeholder.
    expect(updates.length).toBeGreaterThan(10);
    for (const u of updates) expect(u.join(' ')).not.toMatch(/\[\[|\]\]/);
  });

  it('retries a 429 with backoff and then succeeds', async () => {
    mock.enqueue(
      { kind: 'status', status: 429, headers: { 'retry-after-ms': '10' } },
      { kind: 'stream', text: 'Готово.' },
    );
    const result = await generateSuggestions(client(2), prepareRequest(conversation), {
      model: 'm',
      temperature: 0.5,
      maxAlternatives: 3,
    });
    expect(result).toEqual(['Готово.']);
    expect(mock.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(2);
  });

  const faults: [string, Parameters<OpenAiMock['enqueue']>[0], string][] = [
    ['401', { kind: 'status', status: 401, message: 'Incorrect API key provided' }, 'auth'],
    ['403', { kind: 'status', status: 403, message: 'Forbidden' }, 'forbidden'],
    [
      '404 model',
      { kind: 'status', status: 404, message: 'The model `gpt-9` does not exist' },
      'model_not_found',
    ],
    ['429', { kind: 'status', status: 429, headers: { 'retry-after-ms': '1' } }, 'rate_limit'],
    ['500', { kind: 'status', status: 500 }, 'server'],
    ['503', { kind: 'status', status: 503 }, 'server'],
    ['connection reset', { kind: 'reset' }, 'connection'],
    ['malformed stream', { kind: 'malformed' }, 'malformed'],
    ['empty answer', { kind: 'stream', text: '   ' }, 'empty'],
  ];
  it.each(faults)('classifies %s', async (_name, step, kind) => {
    mock.enqueue(step);
    const error = await generateSuggestions(client(0), prepareRequest(conversation), {
      model: 'm',
      temperature: 0.5,
      maxAlternatives: 3,
    }).catch((e: unknown) => e);
    expect(classifyLlmError(error)).toBe(kind);
  });

  it('gives up on a silent server after the timeout', async () => {
    mock.enqueue({ kind: 'hang' });
    const error = await generateSuggestions(client(0, 2000), prepareRequest(conversation), {
      model: 'm',
      temperature: 0.5,
      maxAlternatives: 3,
    }).catch((e: unknown) => e);
    expect(classifyLlmError(error)).toBe('timeout');
  });

  it('stops when the operator cancels', async () => {
    mock.enqueue({
      kind: 'stream',
      text: 'Очень длинный ответ, который идёт медленно. '.repeat(20),
      delayMs: 20,
    });
    const controller = new AbortController();
    const started = generateSuggestions(client(0), prepareRequest(conversation), {
      model: 'm',
      temperature: 0.5,
      maxAlternatives: 3,
      signal: controller.signal,
      onUpdate: () => controller.abort(),
    });
    expect(classifyLlmError(await started.catch((e: unknown) => e))).toBe('aborted');
  });
});
