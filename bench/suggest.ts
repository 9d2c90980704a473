import OpenAI from 'openai';
import { longConversation } from '../demo/markup.js';
import { startOpenAiMock } from '../tests/mock/openaiMock';
import { analyzeConversation } from '../utils/analysis/analyzeConversation';
import type { Message } from '../utils/conversation/types';
import { createLlmClient } from '../utils/suggest/createLlmClient';
import { generateSuggestions } from '../utils/suggest/generateSuggestions';
import { prepareRequest } from '../utils/suggest/prepareRequest';
import { buildTemplateIndex, type RankableTemplate, rankTemplates } from '../utils/suggest/rankTemplates';
import { type Figures, figure, percentile } from './figure';

const OPENINGS = [
  'Понимаю, как это неприятно',
  'Спасибо, что написали',
  'Мне очень жаль',
  'Давайте разберёмся',
  'Я рядом',
];
const TOPICS = [
  'перевод денег задерживается, проверю статус в банке',
  'связь в лесу пропадает, передам инженерам координаты',
  'подключу обещанный платёж, чтобы вы могли позвонить',
  'передам ваши извинения так бережно, как смогу',
  'отправлю SMS с вашим текстом, как только подтвердите',
  'проверю роуминг и перезапущу настройки сети',
  'верну деньги за подписку на баланс сегодня',
  'найду вышку рядом с вами и проверю нагрузку',
];
const INTENTS = [
  'transfer_delayed',
  'coverage',
  'promised_payment',
  'blacklist',
  'personal_sms',
  'roaming',
  'balance',
];

/** 5,000 varied Russian reply templates, as a large team pack would have. */
export function syntheticTemplates(n: number): RankableTemplate[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `t${i}`,
    title: `${TOPICS[i % TOPICS.length]!.split(',')[0]} №${i}`,
    body: `${OPENINGS[i % OPENINGS.length]}, {{customer.firstName|друг}}. Я ${TOPICS[(i * 7) % TOPICS.length]} — вернусь к вам в течение ${(i % 5) + 1} часов.`,
    lang: i % 10 === 0 ? 'en' : 'ru',
    kind: i % 50 === 0 ? 'playbook' : 'reply',
    tags: [i % 2 ? 'поддержка' : 'жалоба', `тема${i % 40}`],
    intents: [INTENTS[i % INTENTS.length]!],
  }));
}

function localSuggestP95(): number {
  const messages = longConversation(200).messages.filter((m) => m.role !== 'system') as Message[];
  const index = buildTemplateIndex(syntheticTemplates(5000));
  const times: number[] = [];
  for (let i = 0; i < 220; i++) {
    // A new customer message each time, as when the conversation moves on.
    const latest: Message = {
      role: 'customer',
      text: `${messages[i % messages.length]!.text} Перевод до сих пор не пришёл!`,
    };
    const start = performance.now();
    const analysis = analyzeConversation({ messages: [...messages, latest] });
    rankTemplates(index, analysis, { limit: 3 });
    if (i >= 20) times.push(performance.now() - start);
  }
  return percentile(times, 95);
}

async function ttftOverheadRatio(): Promise<number> {
  const mock = await startOpenAiMock();
  const text = 'Алексей, понимаю, как вам тревожно. Проверю перевод и вернусь через 15 минут.';
  mock.setDefault({ kind: 'stream', text, firstTokenDelayMs: 40, chunkSize: 6, delayMs: 2 });
  const messages: Message[] = [
    {
      role: 'customer',
      text: 'Здравствуйте, это Алексей Громов, +7 916 123-45-67. Перевод жене идёт уже полдня, она на вокзале с сыном!',
    },
  ];
  const ours = async () => {
    const start = performance.now();
    let first = 0;
    const request = prepareRequest({
      messages,
      subscriber: { phone: '+79161234567', name: 'Алексей Громов' },
      mode: 'reply',
      alternatives: 1,
    });
    await generateSuggestions(
      createLlmClient({ baseUrl: mock.baseUrl, timeoutMs: 10_000 }, 'k', 0),
      request,
      {
        model: 'm',
        temperature: 0.7,
        maxAlternatives: 1,
        onUpdate: () => {
          first ||= performance.now() - start;
        },
      },
    );
    return first;
  };
  const direct = async () => {
    const start = performance.now();
    let first = 0;
    const client = new OpenAI({ baseURL: mock.baseUrl, apiKey: 'k', maxRetries: 0 });
    const stream = await client.chat.completions.create({
      model: 'm',
      stream: true,
      messages: [{ role: 'user', content: messages[0]!.text }],
    });
    for await (const chunk of stream) {
      if (chunk.choices[0]?.delta?.content) first ||= performance.now() - start;
    }
    return first;
  };
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 3; i++) {
    await ours();
    await direct();
  }
  for (let i = 0; i < 21; i++) {
    a.push(await ours());
    b.push(await direct());
  }
  await mock.close();
  return percentile(a, 50) / percentile(b, 50);
}

export async function suggestFigures(): Promise<Figures> {
  return {
    suggest_local_p95_ms: figure(localSuggestP95(), 'ms', 10),
    llm_ttft_overhead_ratio: figure(await ttftOverheadRatio(), 'ratio', 1.05),
  };
}
