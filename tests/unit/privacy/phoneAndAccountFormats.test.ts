import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../utils/privacy/index';

const found = (text: string, known?: string[]) =>
  redactPii(text, known).entities.map((e) => [e.type, e.value]);
const untouched = (text: string) => expect(redactPii(text).text).toBe(text);

describe('redactPii: phones written with dots', () => {
  it.each(['+7.912.345.67.89', '8.912.345.67.89', '7.912.345.67.89', '912.345.67.89'])(
    'finds %s',
    (phone) => {
      expect(found(`Перезвоните на ${phone}, я на связи до вечера.`)).toEqual([['PHONE', phone]]);
    },
  );

  it('leaves dates, amounts, versions and addresses with dots alone', () => {
    untouched('Оплата 1.250.000 руб. прошла 05.11.2024, приложение 4.12.1 обновилось.');
    untouched('Роутер 192.168.10.10 не открывается, а 10.0.0.1 открывается.');
    untouched('Сеанс 12.05.2024 14.30.15.22 — это время из лога.');
    untouched('Звоните на 8.800.555.35.35, это бесплатно.');
  });
});

describe('redactPii: personal-account numbers', () => {
  it.each([
    ['Мой лицевой счёт 9031234567, проверьте начисления', '9031234567'],
    ['лицевой 501234567812 верните переплату', '501234567812'],
    ['ЛС 4455660011. Почему долг?', '4455660011'],
    ['по л/с № 77001234 пришёл счёт', '77001234'],
    ['Номер лицевого счёта: 990011223344', '990011223344'],
    ['My account number is 916123456, please check it', '916123456'],
  ])('takes the number in %j as an ID', (text, id) => {
    expect(found(text)).toEqual([['ID', id]]);
  });

  it('keeps the ID even when the CRM lists the same digits and they look like a phone', () => {
    expect(found('лицевой счёт 9261112233, баланс не сходится', ['9261112233'])).toEqual([
      ['ID', '9261112233'],
    ]);
  });

  it('still finds a phone after the account number and a 20-digit bank account', () => {
    expect(found('л/с 70012345 8 916 123-45-67 — перезвоните')).toEqual([
      ['ID', '70012345'],
      ['PHONE', '8 916 123-45-67'],
    ]);
    expect(found('Лицевой счёт в банке 40817810099910004312, верните туда')).toEqual([
      ['ACCOUNT', '40817810099910004312'],
    ]);
  });
});

describe('redactPii: foreign numbers in their national format', () => {
  it.each([
    ['Сестра в Гомеле, номер 8 029 612-34-56, не дозваниваюсь', '8 029 612-34-56'],
    ['Номер в Киеве 050 123 45 67, роуминг не работает', '050 123 45 67'],
    ['Please call my UK mobile 07700 900123 after six', '07700 900123'],
  ])('finds the phone in %j', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });

  it('does not take order numbers or bare codes starting with 0 for phones', () => {
    untouched('Заказ № 0501 234 567 ещё в пути');
    untouched('Промокод 0441234567 не работает');
  });
});
