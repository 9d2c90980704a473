import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../utils/privacy/index';

const found = (text: string) => redactPii(text).entities.map((e) => [e.type, e.value]);

describe('redactPii: passports behind typos, abbreviations and labels', () => {
  it.each([
    ['пасп. 46 12 № 508731, прописка московская', '46 12 № 508731'],
    ['Пасспорт 03 11 227419, номер утерян', '03 11 227419'],
    ['паспотр 45 09 611204 выдан в 2015', '45 09 611204'],
    ['Паспорт:\n45 18 204611\nВыдан ОВД Тверского района', '45 18 204611'],
    ['паспортные данные\n92 05 781224', '92 05 781224'],
  ])('%j', (text, passport) => {
    expect(found(text)).toEqual([['PASSPORT', passport]]);
  });

  it('never reads a passport after its cue as a foreign phone', () => {
    expect(found('Пасспорт 03 99 217456')).toEqual([['PASSPORT', '03 99 217456']]);
  });
});

describe('redactPii: SNILS starting with zeros', () => {
  it.each([
    ['СНИЛС — 002-345-671 04, прошу пенсионную скидку.', '002-345-671 04'],
    ['снилс 005-118-902-06 проверьте', '005-118-902-06'],
  ])('%j', (text, snils) => {
    expect(found(text)).toEqual([['SNILS', snils]]);
  });

  it('still reads "00" before a valid foreign number as a phone', () => {
    expect(found('Звоните на 0049 30 901820, это Берлин.')).toEqual([['PHONE', '0049 30 901820']]);
  });
});

describe('redactPii: international phones', () => {
  it.each([
    ['Дочь в Манчестере, её номер +44 (0)161 496 0734.', '+44 (0)161 496 0734'],
    ['Офис в Мюнхене: +49 (0)89 1234 5678, звоните днём.', '+49 (0)89 1234 5678'],
    ['My UK mobile is +44 7609 455128, call any time.', '+44 7609 455128'],
    ['Брат в Лондоне: +447624118305.', '+447624118305'],
  ])('%j', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });
});
