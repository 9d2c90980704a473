import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../utils/privacy/index';

const names = (text: string) =>
  redactPii(text)
    .entities.filter((e) => e.type === 'NAME')
    .map((e) => e.value);

describe('redactPii: first names that are also words', () => {
  it.each([
    ['Вера Павловна, ваш номер разблокирован', 'Вера Павловна'],
    ['Любовь Ахмедова, номер 8 916 555-12-34, не приходят смс', 'Любовь Ахмедова'],
    ['Надежда Пак здесь, хочу сменить тариф', 'Надежда Пак'],
    ['Спросите у Льва Игоревича, он оформлял договор', 'Льва Игоревича'],
    ['Мы с сестрой Розой в Грузии, роуминг не работает', 'Розой'],
    ['This is Hope Miller, my SIM was blocked', 'Hope Miller'],
  ])('%j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    'Надежда только на вас, без связи третий день.',
    'Вера в ваш сервис пропала после трёх списаний.',
    'Любовь к тарифу прошла, хочу перейти на другой.',
    'Will the refund arrive before Friday?',
    'Hope you can unblock my number soon.',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('redactPii: names of customers from other countries after a cue', () => {
  it.each([
    ['Здравствуйте, это Айгерим, сим-карта не регистрируется', 'Айгерим'],
    ['Я Остап Мельник, переехал из Львова, нужен номер', 'Остап Мельник'],
    ['Спасибо, Гаяне! Всё заработало.', 'Гаяне'],
    ['Я не Самвел, вы ошиблись номером', 'Самвел'],
    ['Это не Нурлан, это его брат', 'Нурлан'],
  ])('%j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('redactPii: more cues', () => {
  it.each([
    ["Hi, it's Maxim, the roaming still doesn't work", 'Maxim'],
    ['Good evening, Daniel Hughes here. My number was ported by mistake', 'Daniel Hughes'],
    ['Interrupted twice today. — Emily Turner', 'Emily Turner'],
    ['Верните деньги за подписку. Полина, 89031112233', 'Полина'],
    ['Детализацию пришлите на почту. Кирилл.', 'Кирилл'],
    ['От Саркисян Нарине: прошу вернуть 300 ₽', 'Саркисян Нарине'],
    ['Хочу переоформить номер на Жанара Сапарова', 'Жанара Сапарова'],
    ['Прошу переоформить номер на сына, Мельника Остапа Игоревича', 'Мельника Остапа Игоревича'],
    ['договор почему-то на Арутюняна Карена, а плачу я', 'Арутюняна Карена'],
    ['пишет шевчук ольга, номер не работает', 'шевчук ольга'],
    ['Позовите Павла к телефону, пожалуйста', 'Павла'],
    ['Звонил Пак Сергей Алексеевич насчёт возврата', 'Пак Сергей Алексеевич'],
    ['Здравствуйте, Петросян Ашот Гагикович, ваш номер активен', 'Петросян Ашот Гагикович'],
    ['Sorry to bother you. Laura Bennett, +44 20 7946 0321', 'Laura Bennett'],
    ['Я ИП Гарипова Эльмира Ринатовна, нужен бизнес-тариф', 'Гарипова Эльмира Ринатовна'],
  ])('%j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    'Dear Support, my Signal Mobile SIM is blocked since June.',
    'Good afternoon, Signal Mobile here.',
    'Тариф Мой Сигнал Безлимит не подключается.',
    'Пишет Ошибка 404, что делать?',
    'От Сигнала пришло смс: «Баланс 100 ₽».',
    'Перезвоните позже. — Хорошо.',
    'Передайте Привет всем операторам!',
    'Я ИП, хочу бизнес-тариф.',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
