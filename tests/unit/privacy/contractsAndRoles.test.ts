import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../utils/privacy/index';

const found = (text: string, known?: string[]) =>
  redactPii(text, known).entities.map((e) => `${e.type}:${e.value}`);

describe('redactPii: contract and account codes after their cue word', () => {
  it.each([
    ['Абонент по договору 61-208415-77, прошу вернуть 300 руб.', 'ID:61-208415-77'],
    ['Проверьте договор № KT-4418203, там ошибка в адресе.', 'ID:KT-4418203'],
    ['Хочу расторгнуть договор Д-2023/51174 с понедельника.', 'ID:Д-2023/51174'],
    ['Please close contract no. B771023948 today.', 'ID:B771023948'],
    ['Пополните лицевой счёт LS-5520981, пожалуйста.', 'ID:LS-5520981'],
  ])('%j', (text, entity) => {
    expect(found(text)).toEqual([entity]);
  });

  it('finds the code even when its digits would make a phone', () => {
    expect(found('договор 91-623447-18 на моё имя')).toEqual(['ID:91-623447-18']);
  });

  it.each([
    'Договор от 12.05.2024 я не подписывал.',
    'Договор 14.03.2023 заключён в салоне Сигнал.',
    'По договору 15000 руб. в месяц — это слишком.',
    'Договор на тариф «Сигнал 30» оформлен в 2024 году.',
  ])('keeps dates, amounts and tariffs after "договор": %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('redactPii: a second passport in the same sentence', () => {
  it('finds the passport listed after the first', () => {
    expect(found('Паспорт мужа 4611 203948, а мой — 46 12 № 558371, оба с пропиской.')).toEqual([
      'PASSPORT:4611 203948',
      'PASSPORT:46 12 № 558371',
    ]);
  });

  it('does not carry the cue past the end of the sentence', () => {
    expect(found('Паспорт 4611 203948. Заказ 4612 558371 не пришёл.')).toEqual(['PASSPORT:4611 203948']);
  });
});

describe('redactPii: names by role, in capitals, in other scripts', () => {
  it.each([
    ['Соседка, Геннадьевна, тоже платит за этот тариф.', 'NAME:Геннадьевна'],
    ['Ваш мастер Тарасович так и не пришёл.', 'NAME:Тарасович'],
    ['В приложении банка он записан как BEKOV RUSLAN, переводы не доходят.', 'NAME:BEKOV RUSLAN'],
    ['Номер оформлен на Лиепа Ирину, она в отъезде.', 'NAME:Лиепа Ирину'],
    ['Owner of the number: Dilnoza Yusupova.', 'NAME:Dilnoza Yusupova'],
    ['Заявитель: Калниньш Юрис.', 'NAME:Калниньш Юрис'],
  ])('%j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it('takes a first name with one initial, and any word with one initial signing the message', () => {
    expect(found('Оператор Ирина К. обещала перезвонить.')).toEqual(['NAME:Ирина К.']);
    expect(found('Refund me, please.\nOwens T.')).toEqual(['NAME:Owens T.']);
  });

  it.each([
    'Смотрю фильм «Анна Каренина» в приложении, трафик кончается.',
    'Купил билеты на концерт Григория Лепса, а деньги списали дважды.',
    'Ребёнок смотрит передачи про Юрия Гагарина, ушло 5 ГБ.',
    'Our office is on Marshala Biryuzova Street, the SIM was bought there.',
    'Ситуация аналогична прошлой, а решение виновна ваша сторона не дала.',
  ])('keeps titles, public people and streets: %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('NAME'))).toEqual([]);
  });
});
