import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../utils/privacy/index';

const found = (text: string, known?: string[]) =>
  redactPii(text, known).entities.map((e) => [e.type, e.value]);
const untouched = (text: string) => expect(redactPii(text).text).toBe(text);

describe('redactPii: numbers', () => {
  it.each([
    '+7 (916) 123-45-67',
    '+7 916 123-45-67',
    '+79161234567',
    '8 (916) 123-45-67',
    '8-916-123-45-67',
    '89161234567',
    '8 916 123 45 67',
    '8(916)1234567',
    '7 916 123 45 67',
    '(495) 123-45-67',
    '8 (3812) 12-34-56',
  ])('finds the Russian phone %s', (phone) => {
    expect(found(`Мой номер ${phone}, перезвоните.`)).toEqual([['PHONE', phone]]);
  });

  it.each([
    '+44 20 7946 0958',
    '+1 415 555 2671',
    '+380 44 123 4567',
    '+49 30 12345678',
    '0044 20 7946 0958',
  ])('finds the international phone %s', (phone) => {
    expect(found(`call me at ${phone} please`)).toEqual([['PHONE', phone]]);
  });

  it('separates a phone from a number written right after it', () => {
    expect(found('Мой номер 8 916 123 45 67 2 раза звонил')).toEqual([['PHONE', '8 916 123 45 67']]);
    expect(found('(8 916 123-45-67)')).toEqual([['PHONE', '8 916 123-45-67']]);
  });

  it('takes a bare ten-digit 9xx number for a phone, but not after "заказ" or "№"', () => {
    expect(found('тел 9161234567 перезвоните')).toEqual([['PHONE', '9161234567']]);
    untouched('Заказ 9161234568 не пришёл');
    untouched('Обращение № 9161234568 закрыто');
  });

  it('keeps hotlines, short numbers, USSD, amounts, dates, tariffs and impossible phones', () => {
    untouched('Звоните на 8 800 555 35 35, 8-800-100-00-00, +7 800 200-06-11 или 8-804-333-11-22.');
    untouched('Экстренный 112, справка 0611 и 900, баланс *100#, остаток *105*3#.');
    untouched('Списали 1 500 ₽ и 300 руб. 12.03.2024 в 14:30, скидка 15%, осталось 30 ГБ и 500 минут.');
    untouched('Тариф Мой 500, «Смарт 1200», Сигнал Безлимит 30.');
    untouched('Номер +7 123 456 78 90 не существует, как и 8 (555) 123-45-67.');
  });

  it('finds Luhn-valid cards (Mir, Visa, Mastercard) in any grouping and skips Luhn failures', () => {
    expect(found('Карта 2200 7011 3954 8827')).toEqual([['CARD', '2200 7011 3954 8827']]);
    expect(found('card 4111-1111-1111-1111')).toEqual([['CARD', '4111-1111-1111-1111']]);
    expect(found('карта 5469380041234567 — не моя')).toEqual([['CARD', '5469380041234567']]);
    expect(found('Мир 2200 1234 5678 9012 341')).toEqual([['CARD', '2200 1234 5678 9012 341']]);
    untouched('карта 5469380041234565 — не моя');
    untouched('Номер транзакции 4276 1234 5678 9011');
    // Luhn-valid but with no card prefix: a voucher code.
    untouched('Промокод 1000000000000008');
  });

  it('finds a passport only with its context word', () => {
    expect(found('Паспорт 4510 123456, выдан 12.03.2015')).toEqual([['PASSPORT', '4510 123456']]);
    expect(found('серия 45 10 номер 123456')).toEqual([['PASSPORT', '45 10 номер 123456']]);
    expect(found('паспортные данные: 4510 № 123456')).toEqual([['PASSPORT', '4510 № 123456']]);
    expect(found('паспорт 4510-123456')).toEqual([['PASSPORT', '4510-123456']]);
    untouched('Код 4510 123456 из смс не подходит');
  });

  it('finds SNILS by checksum, formatted or after the word СНИЛС', () => {
    expect(found('СНИЛС 112-233-445 95')).toEqual([['SNILS', '112-233-445 95']]);
    expect(found('номер 112-233-445 95')).toEqual([['SNILS', '112-233-445 95']]);
    expect(found('снилс 11223344595')).toEqual([['SNILS', '11223344595']]);
    untouched('В договоре указан номер 112-233-445 96');
  });

  it('finds INN 10 and 12 by checksum', () => {
    expect(found('ИНН 7707083893')).toEqual([['INN', '7707083893']]);
    expect(found('мой инн 500100732259')).toEqual([['INN', '500100732259']]);
    expect(found('ИНН: 7707 083 893')).toEqual([['INN', '7707 083 893']]);
    expect(found('7707083893')).toEqual([['INN', '7707083893']]);
    // Checksum-valid by chance, but the text says it is an order number.
    untouched('Заказ № 7707083893 в пути');
    untouched('ИНН 7707083894');
    untouched('ИНН 500100732258');
  });

  it('finds IMEI and ICCID by Luhn, and not when it fails', () => {
    expect(found('IMEI 490154203237518')).toEqual([['IMEI', '490154203237518']]);
    expect(found('IMEI 49-015420-323751-8')).toEqual([['IMEI', '49-015420-323751-8']]);
    expect(found('IMEI1 490154203237518')).toEqual([['IMEI', '490154203237518']]);
    untouched('IMEI 490154203237519');
    expect(found('ICCID 89014103211118510720')).toEqual([['ICCID', '89014103211118510720']]);
    expect(found('сим 8970199123456789012')).toEqual([['ICCID', '8970199123456789012']]);
    untouched('штрихкод 8970199123456789013');
  });

  it('finds 20-digit accounts after "счёт"/"р/с" or with a matching BIK, not correspondent accounts', () => {
    expect(found('р/с 40817810899910004312')).toEqual([['ACCOUNT', '40817810899910004312']]);
    expect(found('на 40817810899910004312, БИК 044525225')).toEqual([['ACCOUNT', '40817810899910004312']]);
    untouched('к/с 30101810400000000225');
    untouched('код 12345678901234567890');
  });

  it('finds e-mail addresses, also with Cyrillic domains', () => {
    expect(found('Почта ivan.petrov@mail.ru.')).toEqual([['EMAIL', 'ivan.petrov@mail.ru']]);
    expect(found('пишите на оля@почта.рф')).toEqual([['EMAIL', 'оля@почта.рф']]);
    untouched('собака @ не почта, и support@ тоже');
  });

  it('leaves codes glued to Latin letters alone', () => {
    untouched('Трек RA123456789RU, модель R-401, ID SM-0045127');
  });

  it('indexes entities in the original text and gives equal values equal placeholders', () => {
    const text = 'Номер +7 916 123-45-67, он же 89161234567; второй 8 925 111 22 33.';
    const { text: out, entities } = redactPii(text);
    expect(out).toBe('Номер [[PHONE_1]], он же [[PHONE_1]]; второй [[PHONE_2]].');
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.value);
  });
});
