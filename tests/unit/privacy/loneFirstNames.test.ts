import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../utils/privacy/index';

const names = (text: string) =>
  redactPii(text)
    .entities.filter((e) => e.type === 'NAME')
    .map((e) => e.value);

describe('redactPii: a first name alone, in any case, without a cue', () => {
  it.each([
    ['Получила конверт от Кирилла, а сим-карта внутри не активна.', 'Кирилла'],
    ['Паспорт и документы Полины я привезу в салон завтра.', 'Полины'],
    ['Я говорила с Дарьей из вашего салона, она всё подтвердила.', 'Дарьей'],
    ['На бейдже консультанта было «Артём», он нагрубил.', 'Артём'],
    ['Сестра, Юлия, тоже хочет перейти к вам.', 'Юлия'],
    ['Номер жены 8 926 417-09-58. Алина тоже согласна на семейный тариф.', 'Алина'],
    ['Глеб уже звонил вам утром по этому вопросу.', 'Глеб'],
  ])('%j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    'Я сейчас в Софии, роуминг не работает.',
    'Во Владимире нет связи с утра.',
    'Вера в ваш сервис пропала окончательно.',
    'Марка телефона Xiaomi, модель не помню.',
  ])('takes no place or word for a name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('greets a person whose name is a word', () => {
    expect(names('Любовь, добрый день! Деньги так и не вернулись.')).toEqual(['Любовь']);
    expect(names('> Надежда, здравствуйте! Меня зовут Игорь.')).toEqual(['Надежда', 'Игорь']);
  });
});

describe('redactPii: a surname in the instrumental after "с"', () => {
  it('finds it when the sentence is about a contract or a conversation', () => {
    expect(names('Договор на этот номер заключён с Беляевым, он уехал.')).toEqual(['Беляевым']);
    expect(names('Я уже разговаривала с Тарасовой, она не помогла.')).toEqual(['Тарасовой']);
  });

  it('leaves adjectives and streets alone', () => {
    expect(names('Поздравляю с Новым годом! Связь отличная.')).toEqual([]);
    expect(names('Договорились встретиться с Луговой стороны, у метро.')).toEqual([]);
  });
});

describe('redactPii: an initial after a name, and the sender of a transfer SMS', () => {
  it.each([
    ['Пересылаю: «Т-Банк: Гульназ Р. перевела вам 1 500 ₽». Я её не знаю.', 'Гульназ Р.'],
    ['СМС: ВТБ: Тимур Ринатович К. перевёл(а) вам 640 руб.', 'Тимур Ринатович К.'],
    ['Звонил Андрей Петрович С., обещал вернуть долг.', 'Андрей Петрович С.'],
  ])('%j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
