import { describe, expect, it } from 'vitest';
import { conversationCrisis } from '../../../utils/analysis/conversationCrisis';

describe('conversationCrisis', () => {
  it('joins a story told in parts', () => {
    const r = conversationCrisis([
      'Стою на трассе под Тулуном, 1183-й километр',
      'Машина заглохла, на улице минус тридцать',
    ]);
    expect(r).toMatchObject({ isCrisis: true, kind: 'stranded' });
  });

  it('keeps the crisis however many messages follow, until the customer says it is over', () => {
    const story = ['Заблудились в лесу за деревней, темнеет, телефон 5%'];
    const chatter = Array.from({ length: 40 }, (_, i) => `Хорошо, жду, пишу ещё раз (${i})`);
    expect(conversationCrisis([...story, ...chatter]).kind).toBe('lost');
    expect(conversationCrisis([...story, ...chatter, 'Нас нашли, всё хорошо, спасибо!']).isCrisis).toBe(
      false,
    );
    // a new crisis after the resolution is recognised again
    expect(
      conversationCrisis([...story, 'Нас нашли!', 'Теперь у мужа боль в груди и он задыхается']).kind,
    ).toBe('health_threat');
  });

  it('never drops self-harm on a calm word', () => {
    const r = conversationCrisis(['Я всё решила. Передайте маме, что я её люблю', 'Всё нормально']);
    expect(r.kind).toBe('self_harm');
  });

  it('keeps the most serious kind seen', () => {
    const r = conversationCrisis([
      'Машина сломалась на трассе, мороз, денег нет',
      'У отца боль в груди, он теряет сознание',
      'Телефон садится',
    ]);
    expect(r.kind).toBe('health_threat');
  });

  it('does not join unrelated everyday messages into a crisis', () => {
    const r = conversationCrisis([
      'Подскажите, как подключить роуминг в Турции?',
      'Баланс ноль, дайте обещанный платёж',
      'Спасибо!',
    ]);
    expect(r).toEqual({ isCrisis: false, cues: [] });
  });
});
