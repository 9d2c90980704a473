import { describe, expect, it } from 'vitest';
import {
  type PiiMapping,
  restorePii,
  restorePiiReport,
  restoreTable,
  UNKNOWN_PLACEHOLDER_MARKER,
} from '../../../utils/privacy/index';

const entities: PiiMapping[] = [
  { type: 'PHONE', placeholder: '[[PHONE_1]]', value: '+7 916 123-45-67' },
  { type: 'NAME', placeholder: '[[NAME_1]]', value: 'Ивану', base: 'Иван' },
  { type: 'CARD', placeholder: '[[CARD_1]]', value: '2200 7011 3954 8827' },
];

describe('restorePii', () => {
  it.each([
    ['Позвоним на [[PHONE_1]].', 'Позвоним на +7 916 123-45-67.'],
    ['Позвоним на [[phone_1]].', 'Позвоним на +7 916 123-45-67.'],
    ['Позвоним на [[ PHONE_1 ]].', 'Позвоним на +7 916 123-45-67.'],
    ['Позвоним на [[PHONE 1]].', 'Позвоним на +7 916 123-45-67.'],
    ['Позвоним на [PHONE_1].', 'Позвоним на +7 916 123-45-67.'],
    ['Номер [[PHONE_1]]у не отвечает', 'Номер +7 916 123-45-67 не отвечает'],
    ['Позвоним [[ТЕЛЕФОН_1]]', 'Позвоним +7 916 123-45-67'],
  ])('restores %j', (input, output) => {
    expect(restorePii(input, entities)).toBe(output);
  });

  it('restores a name with a case ending to its base form', () => {
    expect(restorePii('Передайте [[NAME_1]]у, что всё готово. Спасибо, [[NAME_1]]!', entities)).toBe(
      'Передайте Иван, что всё готово. Спасибо, Иван!',
    );
    expect(restorePii('Спросите у [[NAME_1]]а', entities)).toBe('Спросите у Иван');
    expect(restorePii('С [[name_1]]-ом', entities)).toBe('С Иван');
  });

  it('keeps a following word that only starts like an ending', () => {
    expect(restorePii('Карта [[CARD_1]]уже привязана', entities)).toBe(
      'Карта 2200 7011 3954 8827уже привязана',
    );
  });

  it('replaces invented placeholders by the marker and reports them', () => {
    const report = restorePiiReport(
      'Карта [[CARD_9]] и [[FOO_2]], телефон [[PHONE_1]]',
      restoreTable(entities),
    );
    expect(report.text).toBe(
      `Карта ${UNKNOWN_PLACEHOLDER_MARKER} и ${UNKNOWN_PLACEHOLDER_MARKER}, телефон +7 916 123-45-67`,
    );
    expect(report.unknown).toEqual(['[[CARD_9]]', '[[FOO_2]]']);
  });

  it('leaves ordinary bracketed text alone', () => {
    const text = 'См. [Приложение 1] и [1], массив [[1, 2]]';
    expect(restorePii(text, entities)).toBe(text);
  });
});
