import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../utils/analysis/detectCrisis';

describe('detectCrisis — story situations', () => {
  it('lost mushroom pickers', () => {
    const r = detectCrisis(
      'Помогите! Пошли с мужем за грибами под Кимрами и заблудились, темнеет, телефон садится',
    );
    expect(r).toMatchObject({ isCrisis: true, kind: 'lost' });
    expect(r.cues).toContain('заблудились');
  });

  it('a driver stuck on a winter highway with zero balance', () => {
    const r = detectCrisis(
      'Стою на трассе М-8, фура заглохла, мороз минус тридцать, баланс нулевой, дайте обещанный',
    );
    expect(r).toMatchObject({ isCrisis: true, kind: 'stranded' });
  });

  it('wife and child stranded at a bus station without money: stranded, the child is with its mother', () => {
    const r = detectCrisis(
      'Жена с ребёнком застряли на автовокзале в Твери без денег, перевод идёт до недели',
    );
    expect(r).toMatchObject({ isCrisis: true, kind: 'stranded' });
  });

  it('health and self-harm, with self-harm first', () => {
    expect(detectCrisis('Мы замерзаем в машине на трассе, печка не работает').kind).toBe('health_threat');
    expect(detectCrisis('Отцу плохо с сердцем, а скорая не может найти дорогу').kind).toBe('health_threat');
    expect(detectCrisis('Она занесла меня в чёрный список. Не хочу больше жить').kind).toBe('self_harm');
    expect(detectCrisis('Застрял на трассе, замерзаю и не хочу жить').kind).toBe('self_harm');
  });

  it('a missing child or elderly person', () => {
    expect(detectCrisis('Дочь 9 лет не вернулась из школы, телефон выключен, уже 8 вечера').kind).toBe(
      'child_at_risk',
    );
    expect(detectCrisis('Бабушка с деменцией ушла из дома и не вернулась').kind).toBe('vulnerable');
  });

  it('English crises', () => {
    expect(detectCrisis("We're lost in the woods, it's getting dark and my battery is at 8%").kind).toBe(
      'lost',
    );
    expect(detectCrisis("I'm stranded on the highway, car broke down, zero balance").kind).toBe('stranded');
    expect(detectCrisis("I don't want to live anymore").kind).toBe('self_harm');
  });
});

describe('detectCrisis — no false alarms', () => {
  it.each([
    "I'm dying to know my balance",
    'Чем бы убить время в поезде, есть пакет с фильмами?',
    'Умираю от смеха с вашего нового ролика',
    'Я заблудился в вашем меню тарифов, где смена тарифа?',
    'Застрял на экране оплаты, кнопка не нажимается',
    'Ребёнок хочет тариф для планшета',
    'На трассе M4 хорошая связь?',
    'Потерял связь с другом по армии, можно его найти?',
    'Хочу сделать предложение руки и сердца по смс',
    'Вы меня до инфаркта доведёте своими списаниями!',
    'Сын потерял телефон в школе, заблокируйте сим-карту',
    'Подключите обещанный платёж, баланс в минусе',
    'Что делать, если застрял на трассе с нулевым балансом? Спрашиваю заранее',
    'В прошлом году мы заблудились в лесу — поставьте уже вышку',
    'В лесу под Дмитровом вообще нет связи, сделайте вышку!',
    'My son is missing his charger, do you sell them?',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toEqual({ isCrisis: false, cues: [] });
  });

  it('negation cancels a predicament', () => {
    expect(detectCrisis('Мы не заблудились, просто хотим узнать покрытие в лесу').isCrisis).toBe(false);
  });
});
