// A long, realistic thread for performance tests (`?long=N`). Deterministic: the same n always
// gives the same messages, so benchmarks and screenshots are comparable between runs.

const CUSTOMER = [
  'Здравствуйте, у меня опять списали {amount} ₽ за непонятную подписку.',
  'Я же вчера уже писал про это, почему снова?',
  'Интернет пропадает каждый вечер, примерно с 20:00 до 23:00.',
  'Проверьте, пожалуйста, детализацию за {date}.',
  'Пополнил на {amount} ₽, а на балансе почти ничего не изменилось.',
  'Можно подключить пакет на 10 ГБ, но без автопродления?',
  'Связь в квартире есть, а в подъезде и лифте — ни одной полоски.',
  'Спасибо, сейчас проверю.',
  'Нет, всё равно не работает. Перезагружал телефон {count} раза.',
  'А если я уеду на дачу под Серпухов, там будет ловить?',
  'Мне приходят SMS с номера 900 — это не от вас?',
  'Хорошо, жду. Только не пропадайте, пожалуйста 🙏',
  'Номер тот же, с которого пишу.',
  'Вот скриншот ошибки: «Сеть недоступна», код {code}.',
  'Подскажите, как перенести остаток гигабайтов на следующий месяц?',
  'Мама тоже на «Сигнале», можно её подключить к моему тарифу?',
  'Ок, понял.',
  'Сколько ждать? Уже {count} дня без нормального интернета.',
];

const OPERATOR = [
  'Понимаю, как это неприятно. Сейчас проверю списание на {amount} ₽.',
  'Вижу: подписка «Музыка+» подключена {date}. Отключила её и вернула деньги на баланс.',
  'Спасибо, что подождали. Проверила загрузку вышки рядом с вами — вечером она перегружена.',
  'Передала заявку инженерам, номер обращения {code}. Срок — до трёх рабочих дней.',
  'Пожалуйста, включите и выключите режим полёта — так телефон заново найдёт сеть.',
  'Пакет на 10 ГБ можно подключить без автопродления, стоимость {amount} ₽.',
  'Платёж на {amount} ₽ поступил, на балансе он отражается с небольшой задержкой.',
  'Да, в районе Серпухова покрытие 4G есть, кроме низины у реки.',
  'SMS с номера 900 — не от нас, это сервис банка. Мы такие сообщения не отправляем.',
  'Чтобы перенести остаток, подключите опцию «Переносим ГБ» в приложении «Мой Сигнал».',
  'Конечно, маму можно добавить: пришлите её номер, отправлю приглашение.',
  'Я на связи и никуда не пропадаю 🙂',
  'Уточните, пожалуйста, адрес, где чаще всего пропадает связь.',
  'Начислила вам 5 ГБ в качестве извинения за неудобства.',
  'Проверила: ограничений на номере нет, всё активно.',
  'Если не получится — напишите, разберёмся дальше.',
];

const SECOND_LINES = [
  'Адрес: ул. Садовая, д. {count}, кв. {code}.',
  'Телефон Samsung, Android 14.',
  'Это уже не первый раз.',
  'Номер обращения: {code}.',
];

/** Small LCG: deterministic variety without Math.random. */
function lcg(seed) {
  let state = seed >>> 0;
  return (max) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % max;
  };
}

const MSK_OFFSET_MS = 3 * 60 * 60 * 1000;
// The thread ends at 12:00 Moscow time on the demo day, whatever n is.
const END_UTC = Date.UTC(2025, 10, 25, 9, 0, 0);

function isoMsk(utcMs) {
  return `${new Date(utcMs + MSK_OFFSET_MS).toISOString().slice(0, 19)}+03:00`;
}

function fill(template, rnd, day) {
  return template
    .replace('{amount}', String(50 + rnd(40) * 25))
    .replace('{date}', `${String(1 + rnd(24)).padStart(2, '0')}.11`)
    .replace('{count}', String(2 + rnd(7)))
    .replace('{code}', String(100000 + day * 7 + rnd(899999)));
}

/**
 * A conversation whose n messages alternate customer / operator (customer first), oldest first.
 * @param {number} n
 */
export function longConversation(n) {
  const count = Math.max(0, Math.floor(Number(n) || 0));
  const rnd = lcg(20251125);
  const steps = Array.from({ length: count }, () => 30 + rnd(150));
  let t = END_UTC - steps.reduce((a, b) => a + b, 0) * 1000;
  const customerName = 'Марина Кравцова';
  const messages = [];
  for (let i = 0; i < count; i++) {
    t += (steps[i] ?? 60) * 1000;
    const role = i % 2 === 0 ? 'customer' : 'operator';
    const pool = role === 'customer' ? CUSTOMER : OPERATOR;
    let text = fill(pool[rnd(pool.length)] ?? '', rnd, i);
    if (role === 'customer' && rnd(6) === 0)
      text += `\n${fill(SECOND_LINES[rnd(SECOND_LINES.length)] ?? '', rnd, i)}`;
    messages.push({
      id: `long-${i + 1}`,
      role,
      author: role === 'customer' ? customerName : 'Анна Смирнова',
      text,
      time: isoMsk(t),
    });
  }
  return {
    id: 'long',
    channel: 'Чат на сайте',
    customer: {
      name: customerName,
      phone: '+7 (915) 480-27-63',
      tariff: 'Сигнал Безлимит',
      balance: '214,00 ₽',
      crmId: 'SG-5590318',
      city: 'Серпухов',
    },
    messages,
    pending: [],
  };
}
