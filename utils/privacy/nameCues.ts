import { LETTER } from './letters';

// Strong cues introduce a name outright; any capitalised word after them is taken.
const STRONG = [
  'меня зовут',
  'меня звать',
  'зовут',
  'мо[её] имя',
  'имя',
  'моя фамилия',
  'фамилия',
  // "фамилия Ахмедова, отчество Гаджиевна": the labels of a form read aloud.
  'отчество',
  'ф\\.\\s?и\\.\\s?о\\.?',
  'фио',
  'с вами говорит',
  'вас беспокоит',
  'на имя',
  'с уважением',
  'владел(?:ец|ица)',
  'получатель',
  'держатель',
  'контактное лицо',
  'contact person',
  'contact name',
  '(?:account |card )?holder',
  'cardholder',
  'my name is',
  "my name's",
  'full name',
  'name',
  'call me',
  'regards',
];

// Relatives and roles in any case: "моя жена Ольга", "с подругой Розой", "сыну Ивану".
const RELATIVES = [
  'жен(?:а|ы|е|у|ой)',
  'муж(?:а|у|ем|е)?',
  'сын(?:а|у|ом|е)?',
  'доч(?:ь|ери|ерью|ка|ки|ке|ку|кой)',
  'мам(?:а|ы|е|у|ой)',
  'пап(?:а|ы|е|у|ой)',
  'брат(?:а|у|ом|е)?',
  'сестр(?:а|ы|е|у|ой)',
  'внук(?:а|у|ом|е)?',
  'внучк(?:а|и|е|у|ой)',
  'друг(?:а|у|ом|е)?',
  'подруг(?:а|и|е|у|ой)',
  'девушк(?:а|и|е|у|ой)',
  'парень',
  'парн(?:я|ю|ем|е)',
  'бабушк(?:а|и|е|у|ой)',
  'дедушк(?:а|и|е|у|ой)',
  'т[её]т(?:я|и|е|ю|ей)',
  'дяд(?:я|и|е|ю|ей)',
  'коллег(?:а|и|е|у|ой)',
  // People around the customer whose numbers they pay for: "няня Гульзат", "водитель Фаррух".
  'нян(?:я|и|е|ю|ей)',
  'водител(?:ь|я|ю|ем|е)',
  'сосед(?:а|у|ом|е|ка|ки|ке|ку|кой)?',
  'абонент(?:а|у|ом|е|ка|ки|ке|ку|кой)?',
  'клиент(?:а|у|ом|е|ка|ки|ке|ку|кой)?',
];

/** A relative or role word ("брата", "дочка"): after one even a lower-case first name is a name. */
export const RELATIVE = new RegExp(`^(?:${RELATIVES.join('|')})$`, 'i');

// Weak cues ("это Мария", "I'm John", "Здравствуйте, Ольга") only count before a known first
// name, or a first name and surname ("я Тарас Ткаченко").
const WEAK = [
  // "это не …", "я не …" before "это", "я": the regex takes the first alternative that fits.
  'это не',
  'это',
  'я не',
  'я',
  'this is',
  "it['’]s",
  'it is',
  "i['’]m",
  'i am',
  'здравствуйте',
  'добрый день',
  'добрый вечер',
  'доброе утро',
  'привет',
  'уважаемая',
  'уважаемый',
  'hello',
  'hey',
  'hi',
  'good morning',
  'good afternoon',
  'good evening',
  'dear',
  'спасибо',
  'благодарю',
  'thanks',
  'thank you',
  // Who is writing or calling: "пишет Ковальчук Олеся", "звонит Владимир Викторович".
  'пишет',
  'пишу',
  'звонит',
  'звонил[а]?',
  // Whom to pass a message to or call: "Передайте Павлу", "Позовите Дмитрия Сергеевича".
  'передайте',
  'передай',
  'позовите',
  // Whose the contract or number is: "переоформить на Ержана", "договор почему-то на Ганну".
  '(?:пере)?оформ[а-яё]*(?: [а-яё-]+)? на',
  'договор[а-яё]*(?: [а-яё-]+)? на',
  ...RELATIVES,
];

// "От Петросян Карине: …", "From John Smith: …" — a name only when a colon closes it; or the
// field of a forwarded letter, "От: Роман Мельник <roman@…>", the name up to the address.
const HEADER = ['от', 'from'];

// In English only proper nouns are capitalised, so after a relative or a title any capitalised
// word is a name, known or not: "my daughter Oksana", "my colleague Ayşe Kaya", "Dear Mr Johnson".
// Titles are checked for their capital in detectNames: "MS Office" is no title.
const CAPITAL = [
  '(?:grand)?(?:daughter|son|mother|father)',
  'wife',
  'husband',
  'colleague',
  'mom',
  'mum',
  'dad',
  'brother',
  'sister',
  'friend',
  'partner',
  'boss',
  'neighbou?r',
  // Roles only after "my": "my driver Farhod", but "Driver License" is no person.
  'my (?:nanny|driver|nurse|tutor|cleaner|housekeeper|babysitter|caregiver|assistant|secretary|roommate|landlord|landlady)',
  'mrs?\\.?',
  'ms\\.?',
  'dr\\.?',
  'г-н',
  'г-жа',
  'господин[а-яё]*',
  'госпож[а-яё]*',
];

/**
 * A name cue and the separators after it. Group 1: the character before the cue (empty at the
 * text start), group 2: strong cue, group 3: weak, group 4: a header ("От …:") that needs a
 * colon after the name, group 5: a cue taking only capitalised words. Starting with a non-letter makes the engine drop most positions at
 * their first character instead of trying every cue there, and keeps "поэто…" from matching.
 */
export const CUE = new RegExp(
  `(^|[^${LETTER}])(?:(${STRONG.join('|')})|(${WEAK.join('|')})|(${HEADER.join('|')})|(${CAPITAL.join('|')}))(?![${LETTER}])[\\s:,\\-–—«"']{0,4}`,
  'gi',
);
