import { describe, expect, it } from 'vitest';
import { en, ru } from '@/utils/i18n/catalog';
import { pickLocale, setLocale, t } from '@/utils/i18n/t';

describe('i18n', () => {
  it('has the same keys and placeholders in ru and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
    for (const key of Object.keys(ru) as (keyof typeof ru)[]) {
      const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
      expect(holes(en[key]), key).toEqual(holes(ru[key]));
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('follows the browser language, Russian by default', () => {
    expect(pickLocale('ru-RU')).toBe('ru');
    expect(pickLocale('uk')).toBe('ru');
    expect(pickLocale('en-GB')).toBe('en');
    expect(pickLocale('de')).toBe('en');
    expect(pickLocale(undefined)).toBe('ru');
  });

  it('substitutes numbered arguments', () => {
    setLocale('en');
    expect(t('messagesShown', 8, 120)).toBe('Showing the last 8 of 120');
    setLocale('ru');
    expect(t('messagesShown', 8, 120)).toBe('Показаны последние 8 из 120');
  });
});
