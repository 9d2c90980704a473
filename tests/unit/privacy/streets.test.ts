import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../utils/privacy/index';

const names = (text: string) =>
  redactPii(text)
    .entities.filter((e) => e.type === 'NAME')
    .map((e) => e.value);

describe('redactPii: streets named after people are not names', () => {
  it.each([
    'Нет сети на ул. Зои Космодемьянской, дом 14.',
    'Живу на улице Розы Люксембург, интернет пропадает вечером.',
    'Адрес доставки SIM: пр-т Маршала Жукова, д. 7.',
    'На проспекте Андрея Сахарова не ловит 4G.',
    'Вышка у площади Александра Невского не работает?',
    'пер. Петра Алексеева, 3 — там нет связи.',
    'Офис на бульваре Дмитрия Донского закрыт.',
    'Школа на ул. А. С. Пушкина, связь плохая.',
  ])('%j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('still finds the customer next to the address', () => {
    expect(names('Получатель Комарова Ирина Олеговна, ул. Веры Фигнер, д. 2')).toEqual([
      'Комарова Ирина Олеговна',
    ]);
  });
});

describe('redactPii: streets written without "ул." or without any street word', () => {
  it.each([
    'Нет связи на ул Марины Расковой, дом 4.',
    'Доставьте сим на Степана Разина, д. 8, кв. 17.',
    'Живу на Героев Панфиловцев, 12, связь пропадает вечером.',
  ])('%j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps a person followed by their age a person', () => {
    expect(names('Получатель Иван Петров, 35 лет, паспорт при себе.')).toEqual(['Иван Петров']);
  });
});
