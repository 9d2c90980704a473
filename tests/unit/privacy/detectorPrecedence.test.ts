import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../utils/privacy/index';

const found = (text: string, known?: string[]) =>
  redactPii(text, known).entities.map((e) => [e.type, e.value]);

describe('redactPii: nothing is found inside an e-mail', () => {
  it('keeps an address whose local part is the known name one e-mail', () => {
    const known = ['Leonie Hartmann', '+79031112233'];
    expect(found('Счета присылайте на leonie.hartmann@web.de, договор на Leonie Hartmann.', known)).toEqual([
      ['EMAIL', 'leonie.hartmann@web.de'],
      ['NAME', 'Leonie Hartmann'],
    ]);
  });

  it('keeps an address one e-mail when the same name stands next to it', () => {
    expect(found('Contact person: Laura Hansen (laura_hansen@gmx.de), ext. 214.')).toEqual([
      ['NAME', 'Laura Hansen'],
      ['EMAIL', 'laura_hansen@gmx.de'],
    ]);
  });

  it('keeps a known phone written as the local part inside the e-mail', () => {
    expect(found('Пишите на 79161234567@mail.ru, телефон не беру.', ['+79161234567'])).toEqual([
      ['EMAIL', '79161234567@mail.ru'],
    ]);
  });
});

describe('redactPii: a name spans whole words', () => {
  it.each([
    ['My name is Stefan Schäfer, my SIM was stolen.', 'Stefan Schäfer'],
    ['Account holder: Hannah McDonald, card ending 4417.', 'Hannah McDonald'],
    ['Меня зовут Nguyễn Thị Lan, нужна сим-карта.', 'Nguyễn Thị Lan'],
  ])('%j', (text, name) => {
    expect(found(text)).toContainEqual(['NAME', name]);
  });

  it('restores an opening bracket of a known phone into the placeholder', () => {
    const { text } = redactPii('Связь: (916) 1234567, звоните вечером.', ['+79161234567']);
    expect(text).toBe('Связь: [[PHONE_1]], звоните вечером.');
  });
});
