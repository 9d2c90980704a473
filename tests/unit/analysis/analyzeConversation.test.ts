import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../../utils/analysis/analyzeConversation';
import { intentRuleSchema } from '../../../utils/analysis/intentRule';
import type { ConversationSnapshot, Message } from '../../../utils/conversation/types';

const snap = (...messages: Message[]): ConversationSnapshot => ({ messages, subscriber: {}, composer: null });
const c = (text: string): Message => ({ role: 'customer', text });
const o = (text: string): Message => ({ role: 'operator', text });

describe('analyzeConversation', () => {
  it('the transfer story: intent, emotion and crisis', () => {
    const a = analyzeConversation(
      snap(
        c('Здравствуйте, я перевёл жене деньги через ваш сервис'),
        o('Здравствуйте! Перевод может занять до недели.'),
        c(
          'Как до недели?! Жена с ребёнком застряли на автовокзале в другом городе без денег. Я очень волнуюсь',
        ),
      ),
    );
    expect(a.language).toBe('ru');
    expect(a.intents[0]?.id).toBe('transfer_delayed');
    expect(a.emotion.emotion).toBe('worry');
    // a child with its mother is company, not the one at risk (child_at_risk is for a child alone)
    expect(a.crisis).toMatchObject({ isCrisis: true, kind: 'stranded' });
    expect(a.lastCustomerText).toMatch(/^Как до недели/);
    for (const cue of a.emotion.cues) expect(a.lastCustomerText.slice(cue.start, cue.end)).toBe(cue.text);
  });

  it('finds a crisis told across several messages', () => {
    const a = analyzeConversation(
      snap(
        c('Мы грибники, пошли в лес под Кимрами'),
        o('Слушаю вас'),
        c('Не можем найти дорогу обратно, уже темнеет'),
      ),
    );
    expect(a.crisis.kind).toBe('lost');
  });

  it('ignores the operator: "не волнуйтесь" is not the customer’s worry', () => {
    const a = analyzeConversation(
      snap(
        c('Подскажите баланс, пожалуйста'),
        o('Не волнуйтесь, я очень переживаю за ваш вопрос и всё проверю'),
      ),
    );
    expect(a.emotion.emotion).toBe('neutral');
    expect(a.lastCustomerText).toBe('Подскажите баланс, пожалуйста');
  });

  it('weights emotion to the latest message', () => {
    const a = analyzeConversation(snap(c('Безобразие, сколько можно!!!'), o('Проверяю'), c('Ну что там?')));
    expect(a.emotion.emotion).toBe('anger');
    const fresh = analyzeConversation(
      snap(c('Безобразие, сколько можно!!!'), o('Готово'), c('Спасибо огромное!')),
    );
    expect(fresh.emotion.emotion).toBe('gratitude');
    expect(a.emotion.intensity).toBeLessThan(
      analyzeConversation(snap(c('Безобразие, сколько можно!!!'))).emotion.intensity,
    );
  });

  it('the other stories are not crises', () => {
    for (const text of [
      'Потерял связь с другом, с которым служили в армии, он из другого города. Помогите найти',
      'Моя девушка занесла меня в чёрный список, передайте ей, пожалуйста, мои извинения',
      'Хочу отправить смс с предложением руки и сердца, сам стесняюсь сказать',
      'Я в лесу под Рязанью с корзинкой бродил,\nНо ни палочки связи в лесу не ловил.\nГде же ваша хвалёная сеть, господа?\nБез неё мне в лесу ни туда, ни сюда!',
    ]) {
      const a = analyzeConversation(snap(c(text)));
      expect(a.crisis.isCrisis, text).toBe(false);
      expect(a.intents.length, text).toBeGreaterThan(0);
    }
    expect(analyzeConversation(snap(c('Я в лесу ни палочки связи не ловил'))).intents[0]?.id).toBe(
      'coverage',
    );
  });

  it('uses a pack’s rules when given', () => {
    const rules = [
      intentRuleSchema.parse({ id: 'esim', title: { ru: 'eSIM', en: 'eSIM' }, patterns: ['esim'] }),
    ];
    expect(analyzeConversation(snap(c('Хочу eSIM')), { rules }).intents.map((i) => i.id)).toEqual(['esim']);
  });

  it('copes with an empty conversation and English', () => {
    const empty = analyzeConversation(snap());
    expect(empty).toMatchObject({ lastCustomerText: '', intents: [], crisis: { isCrisis: false } });
    expect(empty.emotion.emotion).toBe('neutral');
    expect(analyzeConversation(snap(c('Hi, how do I turn on roaming?'))).language).toBe('en');
  });
});
