import { describe, expect, it } from 'vitest';
import { buildVariableValues } from '@/utils/templates/buildVariableValues';
import { splitPersonName } from '@/utils/templates/splitPersonName';

describe('splitPersonName', () => {
  it.each([
    ['Алексей Громов', { first: 'Алексей', last: 'Громов' }],
    ['Громов Алексей', { first: 'Алексей', last: 'Громов' }],
    ['Кузнецов Сергей Викторович', { last: 'Кузнецов', first: 'Сергей', patronymic: 'Викторович' }],
    ['Сергей Викторович Кузнецов', { first: 'Сергей', patronymic: 'Викторович', last: 'Кузнецов' }],
    ['Галина Морозова', { first: 'Галина', last: 'Морозова' }],
    ['Морозова Галина', { first: 'Галина', last: 'Морозова' }],
    ['Вера Алексеевна', { first: 'Вера', patronymic: 'Алексеевна' }],
    ['James Whitaker', { first: 'James', last: 'Whitaker' }],
    ['Егор', { first: 'Егор' }],
    ['Кузнецов', { last: 'Кузнецов' }],
    ['', {}],
  ])('%s', (name, expected) => {
    expect(splitPersonName(name)).toEqual(expected);
  });

  it('greets formally by first name and patronymic when the CRM has them', () => {
    const values = buildVariableValues({
      subscriber: { name: 'Кузнецов Сергей Викторович' },
      lang: 'ru',
      now: new Date(2025, 0, 1),
    });
    expect(values['customer.nameAndPatronymic']).toBe('Сергей Викторович');
    expect(values['customer.firstName']).toBe('Сергей');
  });
});
