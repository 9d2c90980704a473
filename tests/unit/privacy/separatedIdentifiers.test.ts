import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../utils/privacy/index';

const found = (text: string) => redactPii(text).entities.map((e) => `${e.type}:${e.value}`);

describe('redactPii: checksum-valid identifiers in unusual groupings', () => {
  it.each([
    ['После замены платы IMEI 35209900/176148/1, сеть не находит.', 'IMEI:35209900/176148/1'],
    ['на коробке 86784977/537170/3 а в телефоне другой', 'IMEI:86784977/537170/3'],
    ['Карта 42760998 95079292 не привязывается к автоплатежу.', 'CARD:42760998 95079292'],
    ['Оплачивала картой 4874.2703.0991.6272, деньги списали дважды.', 'CARD:4874.2703.0991.6272'],
  ])('%j', (text, entity) => {
    expect(found(text)).toEqual([entity]);
  });

  it.each([
    // Luhn fails: the same groupings are no identifier.
    'На чеке 4874.2703.0991.6273, это не моя карта.',
    'IMEI 35209900/176148/3 из коробки',
    'Заказ 42760998 95079293 пришёл без сим-карты.',
    // Dates, versions and IP addresses keep their dots.
    'Прошивка 10.0.12.3, обновление от 12.05.2024, роутер 192.168.10.10',
  ])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('redactPii: passport series and number with a word between them', () => {
  it.each([
    ['Паспорт серия 4509, номер 612345, выдан в 2015 году.', 'PASSPORT:4509, номер 612345'],
    ['серия 9808 № 242883, прописка в Самаре', 'PASSPORT:9808 № 242883'],
    ['My passport 4505 number 995966, I need a new SIM.', 'PASSPORT:4505 number 995966'],
  ])('%j', (text, entity) => {
    expect(found(text)).toEqual([entity]);
  });
});
