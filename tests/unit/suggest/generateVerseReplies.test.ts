// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmClient } from '@/utils/suggest/createLlmClient';
import { generateVerseReplies, reRedact } from '@/utils/suggest/generateVerseReplies';
import { prepareRequest } from '@/utils/suggest/prepareRequest';
import { ALTERNATIVE_SEPARATOR } from '@/utils/suggest/splitAlternatives';
import { verseInstructions } from '@/utils/suggest/verseInstructions';
import { detectVerse, loadRussianLexicon } from '@/utils/verse';
import { type OpenAiMock, startOpenAiMock } from '../../mock/openaiMock';

const fixture = (name: string) => readFileSync(`tests/fixtures/verse/${name}`, 'utf8').trim();
// The customer's poem: two AABB quatrains of 12-syllable anapest.
const customerPoem = fixture('forest-reply.ru.txt');
// A candidate in the same form (two quatrains of another anapest poem).
const goodReply = fixture('forest-complaint.ru.txt').split('\n\n').slice(0, 2).join('\n\n');
const proseReply = 'Здравствуйте! Мы проверим покрытие.\nНапишите, пожалуйста, где вы были.\nСпасибо.';

let mock: OpenAiMock;
beforeAll(async () => {
  mock = await startOpenAiMock();
  await loadRussianLexicon();
});
afterAll(() => mock.close());

describe('verse mode', () => {
  it('asks for the customer’s form with an end-word plan', () => {
    const text = verseInstructions(detectVerse(customerPoem));
    expect(text).toContain('8 lines');
    expect(text).toContain('AABBAABB');
    expect(text).toContain('12, 12, 12');
    expect(text).toContain('anapest');
    expect(text).toMatch(/end word of every line first/);
  });

  it('scores candidates, repairs a weak one naming its defects, and returns the best two', async () => {
    const request = prepareRequest({
      messages: [{ role: 'customer', text: customerPoem }],
      subscriber: { name: 'Николай Лебедев' },
      mode: 'reply',
      alternatives: 2,
      verse: verseInstructions(detectVerse(customerPoem)),
    });
    mock.requests.length = 0;
    mock.enqueue(
      { kind: 'stream', text: `${proseReply}\n${ALTERNATIVE_SEPARATOR}\n${goodReply}` },
      { kind: 'stream', text: goodReply },
    );
    const result = await generateVerseReplies(
      createLlmClient({ baseUrl: mock.baseUrl, timeoutMs: 5000 }, 'k', 0),
      request,
      customerPoem,
      {
        model: 'm',
        temperature: 0.8,
        candidates: 2,
      },
    );
    const calls = mock.requests.filter((r) => r.path.endsWith('/chat/completions'));
    expect(calls).toHaveLength(2);
    // The repair request names concrete defects of the prose candidate.
    const repair = JSON.parse(calls[1]!.body) as { messages: { content: string }[] };
    expect(repair.messages[1]!.content).toMatch(/defects/);
    expect(repair.messages[1]!.content).toMatch(/line/i);
    expect(result).toHaveLength(2);
    expect(result[0]!.score.score).toBeGreaterThanOrEqual(result[1]!.score.score);
    expect(result[0]!.score.score).toBeGreaterThan(0.8);
    expect(result.some((r) => r.repaired)).toBe(true);
  });

  it('puts placeholders back before a text is sent again', () => {
    const mappings = [
      { type: 'NAME' as const, placeholder: '[[NAME_1]]', value: 'Николай', base: 'Николай Лебедев' },
    ];
    expect(reRedact('Николай Лебедев, мы рядом. Николай, ждём!', mappings)).toBe(
      '[[NAME_1]], мы рядом. [[NAME_1]], ждём!',
    );
  });
});
