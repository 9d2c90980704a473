import { describe, expect, it } from 'vitest';
import { createRedactor, redactPii, restorePii } from '../../../utils/privacy/index';

const names = (text: string, known?: string[]) =>
  redactPii(text, known)
    .entities.filter((e) => e.type === 'NAME')
    .map((e) => e.value);

describe('redactPii: a name of several words is one entity', () => {
  it.each([
    ['Добрый день! Светлана Игоревна, подскажите по роумингу', ['Светлана Игоревна']],
    ['Звонила Белова Ксения с городского, просила перезвонить', ['Белова Ксения']],
    ['Передайте Тимуру Ринатовичу, что SIM-карта готова', ['Тимуру Ринатовичу']],
    ['Заявление подписал Орлов К. Д., ждёт ответа', ['Орлов К. Д.']],
    ['Прошу отключить услугу. Садыкова Л.Р.', ['Садыкова Л.Р.']],
    ['Доверенность выдана на А. В. Комарова', ['А. В. Комарова']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('joins known parts of a name into one placeholder and restores the nominative', () => {
    const known = ['Лебедева Алина Тимуровна', '+79261234455'];
    const { text, entities } = redactPii(
      'Передайте Алине Тимуровне, что номер +79261234455 разблокирован',
      known,
    );
    expect(text).toBe('Передайте [[NAME_1]], что номер [[PHONE_1]] разблокирован');
    expect(entities[0]).toMatchObject({ value: 'Алине Тимуровне', base: 'Алина Тимуровна' });
    expect(restorePii('[[NAME_1]], ваш номер снова работает.', entities)).toBe(
      'Алина Тимуровна, ваш номер снова работает.',
    );
  });

  it('gives the declined and nominative forms of a known name one placeholder across messages', () => {
    const session = createRedactor({ known: ['Гусейнов Эльдар Маратович'] });
    expect(session.redact('Эльдар Маратович, добрый вечер!').text).toBe('[[NAME_1]], добрый вечер!');
    expect(session.redact('Соедините с Эльдаром Маратовичем').text).toBe('Соедините с [[NAME_1]]');
  });

  it('keeps the surname when only the first name is known', () => {
    expect(names('Антон Веселов просит перезвонить', ['Антон'])).toEqual(['Антон Веселов']);
  });

  it('keeps two people apart when a comma or a conjunction separates them', () => {
    expect(names('Абоненты: Ирина Соколова, Пётр Соколов')).toEqual(['Ирина Соколова', 'Пётр Соколов']);
    expect(names('Номера оформлены на Анну Орлову и Дмитрия Орлова')).toEqual([
      'Анну Орлову',
      'Дмитрия Орлова',
    ]);
  });
});
