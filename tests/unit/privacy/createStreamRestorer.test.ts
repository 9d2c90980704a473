import { describe, expect, it } from 'vitest';
import { createStreamRestorer, type PiiMapping, restorePii } from '../../../utils/privacy/index';

const entities: PiiMapping[] = [
  { type: 'PHONE', placeholder: '[[PHONE_1]]', value: '+7 916 123-45-67' },
  { type: 'NAME', placeholder: '[[NAME_1]]', value: 'Ивану', base: 'Иван' },
];

function stream(chunks: readonly string[]): { out: string; unknown: readonly string[] } {
  const r = createStreamRestorer(entities);
  let out = '';
  for (const c of chunks) out += r.push(c);
  out += r.flush();
  return { out, unknown: r.unknown() };
}

const TEXTS = [
  'Позвоните на [[PHONE_1]], пожалуйста.',
  '[[NAME_1]]у передайте: номер [[ phone_1 ]] и [PHONE_1]-у.',
  'Карта [[CARD_9]] неизвестна, [[PHONE_1]]уже проверен, массив [1] и [[1, 2]].',
  'Конец на плейсхолдере [[NAME_1]]',
];

describe('createStreamRestorer', () => {
  it.each(TEXTS)('gives the same result as restorePii for every split point of %j', (text) => {
    const expected = restorePii(text, entities);
    for (let i = 0; i <= text.length; i++) {
      expect(stream([text.slice(0, i), text.slice(i)]).out).toBe(expected);
    }
  });

  it.each(TEXTS)('gives the same result for every pair of split points of %j', (text) => {
    const expected = restorePii(text, entities);
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j++) {
        expect(stream([text.slice(0, i), text.slice(i, j), text.slice(j)]).out).toBe(expected);
      }
    }
  });

  it.each(TEXTS)('gives the same result one character at a time for %j', (text) => {
    expect(stream([...text]).out).toBe(restorePii(text, entities));
  });

  it('lets ordinary words through at once and holds only an open placeholder', () => {
    const r = createStreamRestorer(entities);
    expect(r.push('Здравствуйте, ')).toBe('Здравствуйте, ');
    expect(r.push('ваш номер [[PHO')).toBe('ваш номер ');
    expect(r.push('NE_1')).toBe('');
    expect(r.push(']] записан')).toBe('+7 916 123-45-67 записан');
    expect(r.push(' [цена]')).toBe(' [цена]');
    expect(r.flush()).toBe('');
  });

  it('reports invented placeholders', () => {
    expect(stream(['Карта [[CA', 'RD_9]] и [[PHONE_1]]']).unknown).toEqual(['[[CARD_9]]']);
  });
});
