import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../utils/analysis/detectLanguage';

describe('detectLanguage', () => {
  it('recognises Russian and English', () => {
    expect(detectLanguage('Здравствуйте, у меня не работает интернет на даче')).toBe('ru');
    expect(detectLanguage('Hello, my mobile data stopped working yesterday')).toBe('en');
  });

  it('goes with the language most of a mixed message is written in', () => {
    expect(detectLanguage('Hi, у меня не работает roaming в Турции')).toBe('ru');
    expect(detectLanguage('Please help, my SIM is blocked, спасибо')).toBe('en');
  });

  it('treats Russian typed in Latin letters as Russian', () => {
    expect(detectLanguage('privet, u menya ne rabotaet internet')).toBe('ru');
  });

  it('returns other for Ukrainian, other Latin-script languages and text without words', () => {
    expect(detectLanguage('Привіт, у мене не працює інтернет, допоможіть')).toBe('other');
    expect(detectLanguage('Hola, no tengo señal en el pueblo y es que la red no funciona')).toBe('other');
    expect(detectLanguage('👍 ?!')).toBe('other');
  });
});
