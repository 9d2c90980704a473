// Line and coverage issues: the complaint in verse, two crises (a lost mushroom picker, a driver
// on a winter highway), an everyday tariff question and an English-speaking customer.
import { forestPoem } from './forestPoem.js';
import { HANDED_OVER, pending, TODAY, thread } from './thread.js';

export const lineIssues = [
  {
    id: '1045',
    channel: 'Чат на сайте',
    customer: {
      name: 'Николай Лебедев',
      phone: '+7 (915) 722-09-64',
      tariff: 'Сигнал Безлимит',
      balance: '1 005,00 ₽',
      crmId: 'SG-1187640',
      city: 'Тверь',
      email: 'n.lebedev@post.example',
    },
    messages: thread('1045', TODAY, 'Николай Лебедев', [
      ['c', '10:12', 'Добрый день. Прошу принять претензию к качеству связи. Изложил, как сумел:'],
      ['c', '10:13', forestPoem],
      ['s', '10:15', HANDED_OVER],
    ]),
    pending: pending('1045', TODAY, [
      [
        '10:21',
        'Координаты того места: 56.9012, 35.7421 — лес за деревней Кольцово, Калининский район. Номер — тот же, с которого пишу.',
      ],
    ]),
  },
  {
    id: '1046',
    channel: 'SMS',
    customer: {
      name: 'Галина Морозова',
      phone: '8-921-555-30-17',
      tariff: 'Сигнал Пенсионный',
      balance: '56,40 ₽',
      crmId: 'SG-0834219',
      city: 'Петрозаводск',
    },
    messages: thread('1046', TODAY, 'Галина Морозова', [
      ['c', '16:31', 'Помогите пожалуйста я заблудилась в лесу'],
      [
        'c',
        '16:32',
        'пошли с соседкой за грибами от деревни Гимрека, разошлись, теперь не знаю где я. телефон 5%',
      ],
      ['s', '16:32', 'Обращение отмечено как срочное'],
      ['s', '16:32', HANDED_OVER],
      [
        'o',
        '16:33',
        'Галина Ивановна, я с вами. Сберегите заряд: выключите Wi-Fi и Bluetooth, убавьте яркость. Вы не ранены?',
      ],
      ['c', '16:35', 'не ранена. холодно и темнеет. соседка не отвечает, её номер 8 921 430-12-88'],
      [
        'o',
        '16:36',
        'Позвоните сейчас 112 — звонок пройдёт, даже если на счёте нет денег. Скажите, что заблудились у деревни Гимрека. Оставайтесь на месте и не уходите глубже в лес.',
      ],
      ['c', '16:38', 'страшно очень. вроде слышу дорогу справа'],
    ]),
    pending: pending('1046', TODAY, [
      ['16:41', 'позвонила 112 сказали ждать на месте. телефон 3%'],
      ['17:02', 'вижу фонари!! кричат моё имя'],
    ]),
  },
  {
    id: '1047',
    channel: 'Приложение «Мой Сигнал»',
    customer: {
      name: 'Дмитрий Волков',
      phone: '+79140186623',
      tariff: 'Сигнал Базовый',
      balance: '0,00 ₽',
      crmId: 'SG-7745102',
      city: 'Красноярск',
    },
    messages: thread('1047', TODAY, 'Дмитрий Волков', [
      [
        'c',
        '05:48',
        'Стою на трассе Р-255, 1183-й километр, между Тулуном и Нижнеудинском. Машина заглохла и не заводится.',
      ],
      ['c', '05:49', 'На улице −30, баланс ноль, позвонить никому не могу. Жене не дозвониться. Помогите'],
      ['s', '05:50', HANDED_OVER],
      [
        'o',
        '05:50',
        'Дмитрий, я здесь. Подключила вам «Обещанный платёж» на 300 ₽ — он уже на балансе, можно звонить. Если есть угроза жизни, сразу звоните 112: это бесплатно даже при нулевом балансе.',
      ],
      ['c', '05:52', 'Спасибо. Печка не работает, двигатель не схватывает. Бензина полбака.'],
      [
        'o',
        '05:53',
        'Не отходите далеко от машины и включите аварийку. Эвакуатор и ДПС на трассе Р-255 вызывают через 112. Хотите, я передам вашей жене, что вы на связи?',
      ],
      ['c', '05:55', 'Да. Жена Оксана, +7 914 277-08-41. Скажите ей, что я живой, она с вечера звонит'],
    ]),
    pending: pending('1047', TODAY, [
      ['06:04', 'Дозвонился в 112, сказали, экипаж будет примерно через час.'],
      ['06:21', 'Рядом остановилась фура, водитель пустил погреться. Всё, живём!'],
    ]),
  },
  {
    id: '1048',
    channel: 'Чат на сайте',
    customer: {
      name: 'Ольга Соколова',
      phone: '8 916 239-71-05',
      tariff: 'Сигнал Базовый',
      balance: '742,30 ₽',
      crmId: 'SG-3951266',
      city: 'Подольск',
      email: 'olga.sokolova@mail.example',
    },
    messages: thread('1048', TODAY, 'Ольга Соколова', [
      ['c', '14:10', 'Добрый день! Хочу перейти на «Сигнал Безлимит». Как это сделать?'],
      ['s', '14:10', HANDED_OVER],
      [
        'o',
        '14:11',
        'Ольга Петровна, добрый день! Перейти можно в приложении «Мой Сигнал» → «Тарифы», или я оформлю переход прямо сейчас. Абонентская плата — 790 ₽ в месяц.',
      ],
      ['c', '14:13', 'А баланс как проверить? Не помню, сколько там осталось.'],
      ['o', '14:14', 'Наберите *100# и клавишу вызова — баланс придёт в SMS. Сейчас на счёте 742,30 ₽.'],
      ['c', '14:16', 'Немного не хватает. Пополню вечером и тогда перейду. Спасибо!'],
    ]),
    pending: pending('1048', TODAY, [
      ['18:40', 'Пополнила на 500 ₽. Переводите меня, пожалуйста, на «Сигнал Безлимит».'],
      ['18:47', 'Всё пришло, спасибо! Хорошего вечера.'],
    ]),
  },
  {
    id: '1049',
    channel: 'Чат на сайте',
    customer: {
      name: 'James Whitaker',
      phone: '+7 (999) 301-48-77',
      tariff: 'Сигнал Безлимит',
      balance: '1 930,00 ₽',
      crmId: 'SG-8823407',
      city: 'Санкт-Петербург',
      email: 'j.whitaker@example.com',
    },
    messages: thread('1049', TODAY, 'James Whitaker', [
      [
        'c',
        '09:05',
        'Hi, I arrived in Petropavlovsk-Kamchatsky this morning and mobile data is not working at all. Calls and texts are fine.',
      ],
      ['s', '09:06', HANDED_OVER],
      [
        'o',
        '09:07',
        'Hello James, I’m Anna. Let me check your line. What does your phone show at the top of the screen — the network name and 4G/LTE?',
      ],
      ['c', '09:09', 'It says "SIGNAL | Kamchatka" and just "E". I have restarted the phone twice already.'],
      [
        'o',
        '09:11',
        'Thank you. In Kamchatka we work through a partner network, so please switch on Data Roaming in your phone settings. It is free on your plan.',
      ],
      [
        'c',
        '09:12',
        'Data roaming? But I am still in Russia… My colleague’s number is +7 914 780-22-10 and his internet works fine, but he is with another carrier.',
      ],
    ]),
    pending: pending('1049', TODAY, [
      ['09:16', 'OK, I switched data roaming on and it works now. Thanks a lot!'],
      ['09:18', 'One more thing: will my 30 GB be counted the same way here?'],
    ]),
  },
];
