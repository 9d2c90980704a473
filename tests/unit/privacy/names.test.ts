import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../utils/privacy/index';

const names = (text: string, known?: string[]) =>
  redactPii(text, known)
    .entities.filter((e) => e.type === 'NAME')
    .map((e) => e.value);

describe('redactPii: names', () => {
  it.each([
    ['Здравствуйте, меня зовут Иван Петров, вопрос по тарифу', 'Иван Петров'],
    ['Добрый день, это Мария. Не работает интернет', 'Мария'],
    ['My name is John Smith, my SIM is blocked', 'John Smith'],
    ["Hello, I'm Kate, roaming doesn't work", 'Kate'],
    ['Ф.И.О.: Петрова Вера Ивановна', 'Петрова Вера Ивановна'],
    ['ФИО Кузнецов И.С., договор 12-3456/2024', 'Кузнецов И.С.'],
    ['меня зовут иван петров, перезвоните', 'иван петров'],
    ['Моя жена Ольга не может дозвониться', 'Ольга'],
    ['Заявка: абонент Роман Зайцев, номер не работает', 'Роман Зайцев'],
    ['Возврат: Соколова Татьяна Петровна, счёт ниже', 'Соколова Татьяна Петровна'],
    ['С уважением,\nАнна Морозова', 'Анна Морозова'],
    ['Спасибо, Анна, всё понятно', 'Анна'],
    ['Перевод для Ивана Петрова завис', 'Ивана Петрова'],
    ['Передайте Марии Соколовой, что номер активен', 'Марии Соколовой'],
  ])('finds the name in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    'Меня зовут на собеседование, можно приостановить номер?',
    'Это Сигнал? Почему не работает *100#?',
    'Это тариф для семьи?',
    'My name is not important, just fix the internet.',
    'Тариф Мой 500 и Сигнал Безлимит 30.',
    'Здравствуйте! Спасибо, всё работает.',
    'Это Москва, связь плохая.',
    'Я из Москвы, я Абонент Сигнала',
    'Сергиев Посад, Павлов Посад, улица Ленина',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('redactPii: known identifiers', () => {
  const known = ['+79161234567', 'I.Petrov@mail.ru', 'Иван Петров', 'SM-0045127'];

  it('matches the known phone in any format and the e-mail in any case', () => {
    const { text } = redactPii('Номер 8 (916) 123-45-67 и 916 123 45 67, почта i.petrov@MAIL.ru', known);
    expect(text).toBe('Номер [[PHONE_1]] и [[PHONE_1]], почта [[EMAIL_1]]');
  });

  it('matches the CRM id case-insensitively as ID', () => {
    expect(redactPii('Клиент sm-0045127 просит вернуть 300 руб.', known).text).toBe(
      'Клиент [[ID_1]] просит вернуть 300 руб.',
    );
  });

  it('matches the known name and its Russian case forms, restoring to the base form', () => {
    const { text, entities } = redactPii(
      'Передайте Ивану, что звонила мама Ивана Петрова. С Иваном всё хорошо.',
      known,
    );
    expect(text).toBe('Передайте [[NAME_1]], что звонила мама [[NAME_2]]. С [[NAME_1]] всё хорошо.');
    expect(entities.map((e) => e.base)).toEqual(['Иван', 'Иван Петров', 'Иван']);
  });

  it('declines feminine and soft-stem names', () => {
    expect(names('Передайте Марии и Андрею, что Ольгой довольны', ['Мария', 'Андрей', 'Ольга'])).toEqual([
      'Марии',
      'Андрею',
      'Ольгой',
    ]);
    expect(names('Позовите Игоря или Дмитрия', ['Игорь Лебедев', 'Дмитрий Волков'])).toEqual([
      'Игоря',
      'Дмитрия',
    ]);
  });

  it('does not match a known name or id inside a longer word', () => {
    expect(names('Ивановка — это деревня', ['Иван'])).toEqual([]);
    expect(redactPii('Код CL-882134 и XCL-88213', ['CL-88213']).entities).toEqual([]);
  });
});
