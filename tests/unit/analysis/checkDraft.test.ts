import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../utils/analysis/checkDraft';
import type { ConversationSnapshot } from '../../../utils/conversation/types';

const conversation = (customer: string, name?: string): ConversationSnapshot => ({
  messages: [
    { role: 'operator', text: 'Здравствуйте! Оператор «Сигнал», чем могу помочь?' },
    { role: 'customer', text: customer },
  ],
  subscriber: name ? { phone: '+79161234567', name } : { phone: '+79161234567' },
  composer: null,
});

const worried = conversation(
  'Перевёл жене деньги, они с сыном ждут на вокзале, а мне говорят, что это может занять до недели. Я очень переживаю',
  'Андрей Петров',
);
const kinds = (draft: string, snapshot = worried) => checkDraft(draft, snapshot).hints.map((h) => h.kind);

describe('checkDraft', () => {
  it('accepts a warm, concrete reply', () => {
    const draft =
      'Андрей, понимаю, как вы переживаете за жену и сына. Я прямо сейчас проверю перевод и в течение 15 минут напишу, где он.';
    expect(checkDraft(draft, worried)).toEqual({ hints: [], ok: true });
  });

  it('asks to acknowledge the feeling when the customer is upset', () => {
    expect(kinds('Андрей, я проверю перевод и отвечу вам в течение часа.')).toEqual(['acknowledge_feeling']);
  });

  it('asks for a next step and a time', () => {
    expect(kinds('Понимаю ваше волнение, Андрей.')).toEqual(['next_step', 'time']);
    expect(kinds('Понимаю ваше волнение, я проверю перевод.')).toEqual(['time']);
  });

  it('asks to address the person when neither the name nor "вы" is there', () => {
    expect(kinds('Понимаю. Проверю перевод сегодня до 18:00.')).toEqual(['address_person']);
    // the name in another case still counts
    expect(kinds('Понимаю, Андрею сейчас тяжело. Проверю перевод сегодня.')).toEqual([]);
  });

  it('flags rulebook language, blame and flat refusals with their spans', () => {
    const draft = 'Согласно регламенту перевод идёт до 7 дней, вы сами виноваты, ничем не можем помочь.';
    const check = checkDraft(draft, worried);
    expect(check.ok).toBe(false);
    const flagged = check.hints
      .filter((h) => h.span)
      .map((h) => [h.kind, draft.slice(h.span!.start, h.span!.end)]);
    expect(flagged).toEqual([
      ['rulebook', 'Согласно регламенту'],
      ['blame', 'вы сами виноваты'],
      ['refusal', 'ничем не можем помочь'],
    ]);
    for (const h of check.hints) {
      expect(h.message.ru.length).toBeGreaterThan(0);
      expect(h.message.en.length).toBeGreaterThan(0);
    }
  });

  it('flags English equivalents', () => {
    const calm = conversation('What is my balance?');
    expect(kinds("According to our policy it's your fault, there's nothing we can do today.", calm)).toEqual([
      'next_step',
      'rulebook',
      'blame',
      'refusal',
    ]);
  });

  it('does not nag on a thank-you exchange or an empty draft', () => {
    const thanks = conversation('Спасибо огромное, всё заработало!', 'Ольга');
    expect(checkDraft('Ольга, рада была помочь! Хорошего вечера.', thanks).ok).toBe(true);
    expect(checkDraft('   ', worried)).toEqual({ hints: [], ok: true });
  });

  it('treats a crisis as a feeling to acknowledge', () => {
    const lost = conversation('Мы заблудились в лесу, грибники, телефон садится');
    expect(kinds('Назовите ваши координаты, я сейчас передам их в 112.', lost)).toContain(
      'acknowledge_feeling',
    );
    expect(kinds('Не волнуйтесь, назовите ваши координаты, я сейчас передам их в 112.', lost)).toEqual([]);
  });
});
