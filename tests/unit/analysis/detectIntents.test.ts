import { describe, expect, it } from 'vitest';
import { detectIntents } from '../../../utils/analysis/detectIntents';
import { intentRuleSchema } from '../../../utils/analysis/intentRule';

const ids = (text: string) => detectIntents(text).map((i) => i.id);

describe('detectIntents — default rules', () => {
  it('transfer delayed', () => {
    const [top] = detectIntents(
      'Перевёл жене деньги, а говорят, что перевод идёт до недели. Деньги так и не пришли',
    );
    expect(top?.id).toBe('transfer_delayed');
    expect(top?.score).toBeGreaterThan(0.8);
    expect(top?.cues.length).toBeGreaterThan(0);
  });

  it('lost contact, blacklist, personal SMS', () => {
    expect(ids('Потерял связь с другом, с которым служили вместе, помогите найти человека')).toContain(
      'lost_contact',
    );
    expect(ids('Девушка занесла меня в чёрный список, передайте ей мои извинения')).toContain('blacklist');
    expect(ids('Хочу отправить ей смс с предложением руки и сердца')).toContain('personal_sms');
  });

  it('coverage, promised payment, tariff, balance, roaming', () => {
    expect(ids('В лесу совсем не ловит, покрытия нет')).toContain('coverage');
    expect(ids('Баланс нулевой, подключите обещанный платёж')).toContain('promised_payment');
    expect(ids('Хочу сменить тариф на безлимит')).toContain('tariff_question');
    expect(ids('Почему списали 300 рублей с баланса?')).toContain('balance');
    expect(ids('Как подключить роуминг в Турции?')).toContain('roaming');
  });

  it('applies negative patterns', () => {
    expect(ids('СМС с кодом не приходит')).not.toContain('personal_sms');
    expect(ids('Потерял связь с другом по армии')).not.toContain('coverage');
  });

  it('returns nothing for small talk', () => {
    expect(detectIntents('Добрый вечер!')).toEqual([]);
  });
});

describe('detectIntents — pack rules', () => {
  const rules = [
    intentRuleSchema.parse({
      id: 'esim',
      title: { ru: 'eSIM', en: 'eSIM' },
      patterns: ['esim|есим|электронн* сим*', 'перенести|перенос*|transfer'],
      match: 'all',
      negative: ['не нужн*'],
    }),
    intentRuleSchema.parse({
      id: 'number_port',
      title: { ru: 'Перенос номера', en: 'Number porting' },
      patterns: ['перенос* & номер*', 'перейти к вам & со своим номером'],
    }),
  ];

  it('needs every pattern with match: all', () => {
    expect(detectIntents('Можно перенести eSIM на новый телефон?', rules).map((i) => i.id)).toContain('esim');
    expect(detectIntents('Что такое eSIM?', rules)).toEqual([]);
    expect(detectIntents('Перенести eSIM не нужно', rules)).toEqual([]);
  });

  it('needs every & group of a pattern', () => {
    expect(detectIntents('Хочу перенос номера к вам', rules).map((i) => i.id)).toContain('number_port');
    expect(detectIntents('Перенос встречи', rules)).toEqual([]);
  });

  it('the schema rejects broken rules and fills defaults', () => {
    expect(
      intentRuleSchema.safeParse({ id: 'x', title: { ru: 'x', en: 'x' }, patterns: ['..'] }).success,
    ).toBe(false);
    expect(
      intentRuleSchema.safeParse({ id: 'Bad Id', title: { ru: 'x', en: 'x' }, patterns: ['a'] }).success,
    ).toBe(false);
    const ok = intentRuleSchema.parse({ id: 'x', title: { ru: 'x', en: 'x' }, patterns: ['a'] });
    expect(ok).toMatchObject({ match: 'any', negative: [], weight: 1 });
  });
});
