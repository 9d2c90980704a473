import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '@/utils/analysis/analyzeConversation';
import { buildTemplateIndex, type RankableTemplate, rankTemplates } from '@/utils/suggest/rankTemplates';

const t = (id: string, body: string, extra: Partial<RankableTemplate> = {}): RankableTemplate => ({
  id,
  title: id,
  body,
  lang: 'ru',
  kind: 'reply',
  tags: [],
  intents: [],
  ...extra,
});

const templates = [
  t('transfer', 'Понимаю, как вы волнуетесь. Проверю перевод в банке и вернусь через час.', {
    intents: ['transfer_delayed'],
  }),
  t('coverage', 'Передам инженерам место, где нет связи, и проверим покрытие.', { intents: ['coverage'] }),
  t('sms', 'Отправим ваше SMS сразу, как подтвердите текст.', { intents: ['personal_sms'] }),
  t('transfer-en', 'I understand. I will check the transfer with the bank.', {
    intents: ['transfer_delayed'],
    lang: 'en',
  }),
  t('verse', 'Мы услышали вас, не волнуйтесь, мы тут', { kind: 'verse', intents: ['coverage'] }),
  t('lost', 'Оставайтесь на месте. Если есть угроза жизни — звоните 112.', {
    kind: 'playbook',
    intents: ['lost'],
  }),
];
const index = buildTemplateIndex(templates);
const customer = (text: string) => analyzeConversation({ messages: [{ role: 'customer', text }] });

describe('rankTemplates', () => {
  it('puts the template of the situation first, in the customer’s language', () => {
    const ranked = rankTemplates(
      index,
      customer('Перевёл жене деньги, а перевод идёт уже неделю, деньги не пришли!'),
    );
    expect(ranked[0]?.template.id).toBe('transfer');
    expect(ranked.map((r) => r.template.id)).not.toContain('transfer-en');
    expect(ranked[0]?.reasons).toContain('transfer_delayed');
  });

  it('ranks verse templates only for verse', () => {
    const a = customer('Нет связи в лесу, не ловит совсем, проверьте покрытие');
    expect(rankTemplates(index, a).map((r) => r.template.id)).not.toContain('verse');
    expect(rankTemplates(index, a, { isVerse: true })[0]?.template.id).toBe('verse');
  });

  it('puts the crisis playbook first in a crisis', () => {
    const ranked = rankTemplates(
      index,
      customer('Мы заблудились в лесу, пошли за грибами, темнеет, телефон садится, помогите!'),
    );
    expect(ranked[0]?.template.id).toBe('lost');
  });

  it('returns at most `limit`, best first', () => {
    const ranked = rankTemplates(index, customer('перевод связь sms покрытие банк'), { limit: 2 });
    expect(ranked.length).toBeLessThanOrEqual(2);
    if (ranked.length === 2) expect(ranked[0]!.score).toBeGreaterThanOrEqual(ranked[1]!.score);
  });
});
