import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../utils/privacy/index';

const names = (text: string) =>
  redactPii(text)
    .entities.filter((e) => e.type === 'NAME')
    .map((e) => e.value);

describe('redactPii: nicknames, regional, Korean and Chinese names, double surnames', () => {
  it.each([
    ['это Санёк, его номер 8 916 204-11-35, подключите ему Сигнал 500', ['Санёк']],
    ['у Серёги тариф старый, а у меня новый', ['Серёги']],
    ['Колян сказал, что вы вернёте 300 рублей', ['Колян']],
    ['Димон мне скинул номер 8 903 555-17-20, это его', ['Димон']],
    ['брат Лёхи звонил вчера с чужого номера', ['Лёхи']],
    ['Фаррух звонит с +992 93 945 3859, вызов сбрасывается', ['Фаррух']],
    ['Айаал Николаевич Сивцев, жена Туйаара, обе симки на мне', ['Айаал Николаевич Сивцев', 'Туйаара']],
    ['Нурбек из Оша, номер +996 555 730 890', ['Нурбек']],
    ['Ким Ольга Викторовна, 1985 г.р., номер 8 926 300-11-22', ['Ким Ольга Викторовна']],
    ['счёт оформлен на себя, получатель Цой Андрей', ['Цой Андрей']],
    ['Чжан Вэй, гражданин РФ, паспорт 6322 652386', ['Чжан Вэй']],
    ['Соколова-Бельская через дефис, не Соколова', ['Соколова-Бельская']],
    ['дочка Рахиль живёт в Израиле', ['Рахиль']],
    ['номер +79993574526, фамилия Ахмедова, отчество Гаджиевна', ['Ахмедова', 'Гаджиевна']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('redactPii: English names with a middle name or initial, and in capitals', () => {
  it.each([
    ['Jennifer Lynn Walsh, SNILS 496-750-061 28', 'Jennifer Lynn Walsh'],
    ["yes, Patrick James O'Connor, with an apostrophe", "Patrick James O'Connor"],
    ['William Henry Forsythe-Grant, with a hyphen', 'William Henry Forsythe-Grant'],
    ['David A. Miller, email for the bill please', 'David A. Miller'],
    ['на карте написано MARINA LI, а я Марина Ли', 'MARINA LI'],
    ['Li Wei, I am a Russian citizen', 'Li Wei'],
    ['Please top up my nanny Gulzat: +996555706310', 'Gulzat'],
    ['Roaming for my driver Farhod, he is in Dushanbe', 'Farhod'],
  ])('%j', (text, name) => {
    expect(names(text)[0]).toBe(name);
  });
});

describe('redactPii: a name opening a short reply', () => {
  it.each([
    ['Вася, 8-962-557-89-30, это для курьера', ['Вася']],
    ['Гульназ, снилс 802-240-410 31', ['Гульназ']],
    ['Пак, +7 (999) 152-34-67', ['Пак']],
    ['Хадижат, дочь Магомеда, номер 8 925 790 9314', ['Хадижат', 'Магомеда']],
    ['ольга викторовна, да, интернет пропал в пятницу', ['ольга викторовна']],
    ['ринат, а второй номер на брата, ильнура', ['ринат', 'ильнура']],
    ['зарина ахмедова, zarina.a@mail.ru', ['зарина ахмедова']],
    ['anna-maria lopez', ['anna-maria lopez']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Алиса, позвони маме — колонка пишет, что нет сети',
    'да, 8 916 204-11-35',
    'Роуминг, как подключить?',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('redactPii: a surname after "у", "на" when the sentence is about a contract or number', () => {
  it.each([
    ['у Смирновой сим-карта заблокировалась вчера', ['Смирновой']],
    ['договор вроде на Соколову, он его в 2019 оформлял', ['Соколову']],
    ['да, на Орлова, это муж мой', ['Орлова']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'нет, на Петрова, это улица, д. 5',
    'живу на Римского-Корсакова, дом 11, кв. 48',
    'у метро Маяковская не ловит, и на Чеховской тоже',
    'болею за Салават Юлаев, подключите пакет ТВ',
    'Колонка не звонит, Алиса пишет, что нет сети, и через Марусю тоже',
    'в прошлый раз был в Виктории, теперь лечу в Софию',
    '2359 2823 2633 3801 — это Тинькофф',
  ])('keeps %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
