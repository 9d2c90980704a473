import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../utils/analysis/detectCrisis';

const kind = (text: string) => detectCrisis(text).kind;

describe('detectCrisis — concepts, not memorised messages', () => {
  it('a predicament needs a place or a hardship: "застрял" alone is not a crisis', () => {
    expect(kind('Машина заглохла на трассе, мороз минус тридцать, баланс ноль')).toBe('stranded');
    expect(kind('Машина заглохла, сижу в автосервисе, можно перенести платёж?')).toBeUndefined();
    expect(kind('Высадили из автобуса посреди трассы, ночь, денег нет')).toBe('stranded');
  });

  it('away from home without money and shelter is stranded even without "застряли"', () => {
    expect(kind('Она с сыном на автовокзале в Перми, в кармане ни рубля, переночевать негде')).toBe(
      'stranded',
    );
    // a zero balance and a dying phone abroad is a top-up request
    expect(kind('Я в Турции, на счету ноль, телефон садится — как пополнить с карты?')).toBeUndefined();
  });

  it('a child with an adult is company; a child alone or missing is at risk', () => {
    expect(kind('Мы с детьми застряли в снегу на трассе, бензин кончается')).toBe('stranded');
    expect(kind("We're stuck in the snow on route 9, car won't move, kids are cold, phone 10%")).toBe(
      'stranded',
    );
    expect(kind('Дочь 12 лет не вернулась с тренировки, уже десять вечера, телефон выключен')).toBe(
      'child_at_risk',
    );
    expect(kind('Ребёнок закрылся в ванной и не отвечает')).toBe('child_at_risk');
    expect(kind('Ребёнок закрылся в комнате и сидит в телефоне, ограничьте интернет ночью')).toBeUndefined();
  });

  it('self-harm said indirectly: two different signs, or one explicit', () => {
    for (const text of [
      'не хочу больше жить',
      'Всё, это конец.',
      'Хочу попрощаться со всеми, но денег на телефоне нет',
      'я устала. никому я не нужна. завтра всё закончится',
      'Сил больше нет. Таблетки передо мной',
      "I can't keep going like this. I've said my goodbyes",
      'Nobody would even notice if I was gone',
    ]) {
      expect(kind(text), text).toBe('self_harm');
    }
  });

  it('the same words about the service are frustration, not self-harm', () => {
    for (const text of [
      'Всё, это конец: третий раз за неделю пропадает связь!',
      'Жить не хочется, когда такие цены на интернет',
      'I want to die every time I see your roaming prices',
      'Прощайте, «Сигнал», ухожу к другому оператору',
      'Не хочу жить с этим тарифом, переведите на другой',
    ]) {
      expect(detectCrisis(text).isCrisis, text).toBe(false);
    }
  });

  it('figures of speech, software, hypotheticals, stories that are over', () => {
    for (const text of [
      "I'm dying to know my balance",
      'Чем бы убить время в аэропорту?',
      'Я заблудился в меню тарифов',
      'Заблудился, где у вас тут офис на Тверской?',
      'У нас на работе пожар — дедлайн завтра, а интернет не грузит',
      "I'm drowning in work, can I get more data?",
      'А если я застряну на трассе без денег, обещанный платёж сработает?',
      'Мы вчера заблудились в лесу, но всё обошлось. Почему не работал 112?',
      'Застряла в Москве из-за снегопада, рейс отменили, переночую у подруги',
      'Жена рожает в четверг, подключите безлимит',
      'Рейс задержали на 2 часа, сижу в аэропорту, где у вас розетки?',
      'Кошка потерялась, можно разослать объявление соседям?',
    ]) {
      expect(detectCrisis(text).isCrisis, text).toBe(false);
    }
  });

  it('one word about fire is not enough; fire where people are is', () => {
    expect(kind('Пожар в подъезде, дым, мы не можем выйти из квартиры')).toBe('health_threat');
    expect(kind('The smoke alarm keeps beeping, can I change my ringtone?')).toBeUndefined();
  });

  it('an injury is an emergency only where help cannot come', () => {
    expect(kind('У меня перелом руки, можно оформить договор онлайн?')).toBeUndefined();
    expect(kind('Я упала на лыжне, кажется сломала ногу, никого вокруг, скоро стемнеет')).toBe(
      'health_threat',
    );
  });

  it('a missing person: someone, and the hour, the silence or the place', () => {
    expect(kind('Мама 82 года, вышла в магазин в 10 утра и до сих пор её нет, телефон не берёт')).toBe(
      'vulnerable',
    );
    expect(kind('Сыну заказала сим-карту, до сих пор нет, где она?')).toBeUndefined();
    expect(kind('My uncle who is blind got off at the wrong bus stop and has no idea where he is')).toBe(
      'vulnerable',
    );
  });

  it('names the cues it decided on', () => {
    const r = detectCrisis('Стою на трассе Р-255, машина заглохла, на улице −30, баланс ноль');
    expect(r.isCrisis).toBe(true);
    expect(r.cues).toEqual(expect.arrayContaining(['машина заглохла', 'баланс ноль', 'трассе']));
  });
});
