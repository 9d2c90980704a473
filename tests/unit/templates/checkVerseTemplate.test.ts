import { describe, expect, it } from 'vitest';
import { checkTemplate } from '@/utils/templates/checkTemplate';

const poem = `Мы услышали вас, {{customer.firstName|друг}}, мы тут,
Всё проверим — на это уйдёт пять минут.
Назовите нам место — деревню, ручей,
Или координаты пришлите скорей.

{{operator.firstName|Служба поддержки}}`;

describe('verse templates', () => {
  it('judge English rhyme with the pronouncing dictionary', async () => {
    const { loadEnglishDictionary, setEnglishDictionary } = await import('@/utils/verse');
    await loadEnglishDictionary();
    const body = `We have read every line of your rhyme with a smile,
And we'll answer in kind, though it may take a while.
Tell us more of the trouble, the when and the where,
And your Signal will find you — we promise, we care.`;
    expect(checkTemplate({ body, kind: 'verse' }).map((i) => i.code)).not.toContain('verse_not_rhymed');
    expect(
      checkTemplate({
        body: 'Hello there.\nWe will check the network.\nPlease send the address.\nThank you for waiting.',
        kind: 'verse',
      }).map((i) => i.code),
    ).toContain('verse_not_rhymed');
    setEnglishDictionary(null);
  });

  it('accept a rhymed poem with variables inside lines and a one-line signature', () => {
    expect(checkTemplate({ body: poem, kind: 'verse' }).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('refuse a variable at the end of a rhymed line', () => {
    const body = poem.replace('пять минут.', 'пять минут, {{customer.firstName}}.');
    const issues = checkTemplate({ body, kind: 'verse' });
    expect(issues.map((i) => i.code)).toContain('verse_variable_in_rhyme');
  });

  it('refuse prose saved as verse', () => {
    const body =
      'Добрый день!\nСейчас посмотрю вашу заявку.\nПодскажите номер договора.\nОтвечу в течение часа.';
    expect(checkTemplate({ body, kind: 'verse' }).map((i) => i.code)).toContain('verse_not_rhymed');
    expect(checkTemplate({ body, kind: 'reply' }).map((i) => i.code)).not.toContain('verse_not_rhymed');
  });
});
