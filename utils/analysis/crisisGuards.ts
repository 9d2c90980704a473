import { type CrisisEntry, cue as f } from './crisisFeature';

// The feature name of a guard entry is not used: guards are told apart by their role (crisisFeatures).

/**
 * Words that put a "lost / stuck / missing" cue in the software, the bill or the service rather
 * than in the world: "заблудился в меню", "застрял на шаге оплаты", "перевод застрял", "пропал интернет".
 */
export const DIGITAL_CONTEXT: CrisisEntry[] = f(
  'lost',
  'меню|тариф*|сайт*|приложени*|настройк*|кабинет*|интерфейс*|экран*|кнопк*|оплат*|платеж*|перевод*|шаг*|этап*',
  'заявк*|смс|сообщени*|загрузк*|страниц*|обновлени*|посылк*|заказ*|интернет*|связь|сеть|сигнал*|баланс*|номер*',
  'минут*|гигабайт*|трафик*|звук|пароль|данные|сим*|детализаци*|подписк*|совещани*|пробк*|работ*|очеред*|скорост*',
  'телефон*|смартфон*|контакт*|соцсет*|радар*|салон*|офис*|магазин*|код*|навигатор*|бот*|оператор*|линии|роутер*',
  'модем*|зарядк*|акци*|услуг*|пакет*|роуминг*|договор*|счет|счете|игр*|мультик*|видео|ролик*|поддержк*',
  'app|website|site|menu|settings|screen|button|payment|transfer|page|loading|update|order|parcel|package|tariff*',
  'plan|options|account|bill|billing|internet|connection|signal|queue|contract|message*|phone|store|shop|office',
  'meeting|work|office|traffic|login|charger|code|roaming|data|wifi|show|streaming|netflix|series|hold|loop|verification|setup|step',
  'subscription|number|sim|esim|checkout|download|upload|router|support|отключ*|штраф*|блокировк*|коллектор*',
  'звонк*|звонками|спам*|реклам*|disconnect*|cut off|cut my|line|whatsapp|вотсап|ватсап|телеграм*|telegram|viber',
  'вайбер|инстаграм*|instagram|tiktok|carrier|provider|с вами|your|you guys|ваш|ваша|ваши|вашей|вашим|вашего',
);

/**
 * Words about the operator, the bill and the service. Despair said among them ("всё, это конец:
 * третий раз пропадает связь") is usually frustration: the self-harm bar is raised (decideCrisis).
 */
export const SERVICE: CrisisEntry[] = f(
  'lost',
  'тариф*|оператор*|интернет*|связь|связи|сеть|договор*|баланс*|счет|счета|счету|списа*|абонентск*|подписк*',
  'роуминг*|сим*|детализаци*|приложени*|кабинет*|поддержк*|сервис*|сигнал*|ваш|ваша|ваши|вашей|вашим|вашего',
  'с вами|цены|цен|tariff*|plan|contract|bill|billing|network|carrier|provider|roaming|data|internet|signal',
  'subscription|account|support|service|app|refund|prices|your|you guys',
);

/**
 * A question about the operator's own places and screens ("где у вас офис?", "where is your store?"):
 * a "lost" or "stuck" in the same sentence is about finding the service, not about the person.
 */
export const SERVICE_QUESTION: CrisisEntry[] = f(
  'lost',
  'где у вас|где ваш*|где находится ваш*|где в приложении|где кнопка|где найти|как найти ваш*|как пройти|где тут у вас',
  'where is your|wheres your|where do i find|where can i find|how do i find|в трех соснах',
);

/** Sentence-level signs that the situation is hypothetical, fiction, or already cared for. */
export const NON_ACTUAL: CrisisEntry[] = f(
  'lost',
  'если|в случае|if|in case|what if|а вдруг|что если|заранее|на будущее|in advance|before my trip|фильм*|кино',
  'сериал*|книг*|в игре|игра про|игру про|movie|film|game|documentary|series|drama|episode|novel|tv show|the show|шучу|joking|just kidding|будет ли',
  'will there be|will i have|do i need|планируем|собираемся|next week|next month|на следующей неделе|летом поедем',
  // planned: "жена рожает в четверг"
  'в понедельник|во вторник|в среду|в четверг|в пятницу|в субботу|в воскресенье|on monday/tuesday/wednesday/thursday/friday',
  'on saturday/sunday|due date|запланирован*|planned|scheduled|just in case|на всякий случай',
  // already cared for: "друг сломал ногу, лежит в больнице"
  'в больнице|лежит в больнице|in hospital|in the hospital',
  // fiction being written: "пишу рассказ про девушку, которая заблудилась", "my thriller's heroine is lost"
  'рассказ*|повест*|роман про|сценари*|героин*|персонаж*|сюжет*|story|thriller|heroine|character|plot|screenplay',
  // fun, not danger: "stuck in a snowed-in cabin and honestly we're having a blast"
  'having a blast|having fun|having a great time|весело|отлично проводим|от скуки|of boredom',
);

/**
 * Time elapsed since a day named in the sentence: "уехал в субботу, с тех пор тишина" is not a plan,
 * so the weekday in it does not make the sentence hypothetical.
 */
export const ELAPSED: CrisisEntry[] = f(
  'lost',
  'с тех пор|since then|since that|havent heard|not heard|no word since|ever since',
);

/**
 * Message-level signs that the story is over: "в прошлом году мы заблудились — поставьте вышку",
 * "last winter my car broke down", "ищу его много лет".
 */
export const PAST: CrisisEntry[] = f(
  'lost',
  'в прошлом году|прошлым летом|прошлой зимой|год назад|лет назад|однажды|last year|last summer|years ago|once upon',
  'в прошлом месяце|на прошлой неделе|в прошлый раз|прошлой осенью|прошлой весной|last month|last week|last time',
  'много лет|давно|годами|после армии|после переезда|со времен|for years|long ago|ищу .. года/лет|на днях|позавчера',
  'в прошлую/прошлый пятницу/субботу/воскресенье/понедельник/вторник/среду/четверг|last friday/saturday/sunday/monday|the other day|last weekend|last winter|в том году|в тот раз|вы тогда|тогда помогли|позапрошл*|a while ago',
  'back then|# years ago|# года/лет назад|when i was',
);

/** The crisis is over: ends the story in the same message and a running crisis in the conversation. */
export const RESOLVED: CrisisEntry[] = f(
  'lost',
  'все обошлось|обошлось|все закончилось хорошо|все хорошо закончилось|нас нашли|нашлись|нашелся|нашлась|уже дома',
  'добрались домой|доехали домой|вернулся/вернулась/вернулись домой|в безопасности|нас забрали|забрали нас',
  'теперь все хорошо|теперь все в порядке|its sorted now|all sorted|now its fine|эвакуатор приехал|помощь приехала|спасатели приехали|скорая приехала|all fine now|all good now|found us',
  'made it home|got home|were safe now|we are safe|safe now|rescued|help arrived|shes home|hes home|hes back',
  'shes back|found him|found her|they found',
);

/** Calm after a crisis ("всё хорошо, живём"): ends a running crisis only in a message with no cues of its own. */
/** Someone has taken them in: "переночую у подруги", "staying with friends". Ends a stranded story. */
export const CARED_FOR: CrisisEntry[] = f(
  'lost',
  'живем/живу/ночуем/ночую/переночую/переночуем/остановились/остановилась/остановился у|приютил*',
  'staying with|staying at a friends|put us up|put me up',
);

export const CALM: CrisisEntry[] = f(
  'lost',
  'все хорошо|все в порядке|живем|все нормально|уже в тепле|пустил погреться|im ok|were ok|im fine|were fine',
  'all good|all fine|im safe|were safe',
);

/** Phrases that, overlapping any cue, show it means something else ("где я могу…", "потерял связь"). */
export const ANTI_PHRASES: CrisisEntry[] = f(
  'lost',
  'где я/мы могу/можем/можно/смогу/сможем|where i/we can|where to find|если честно|если можно|если можете',
  'если не сложно|if you can|if possible|lost touch|lost contact|потерял* связь|потерял* контакт*|lost connection',
  'потерял* с другом/подругой/братом/сестрой/одноклассник*/сослуживц*|lost my phone|lost his/her phone',
  'сломал*/потерял*/разбил* телефон/сим*|деньги застряли|застряли деньги|сим карт*|sim card|пожар в борделе',
  'как на пожаре|end it with|пропал* с/со .. радар*|пропал* из виду|lost with|lost among|missing his/her/my/a/the/their',
  'потерял*/заблудил* в этих|stuck with|застрял* с этим|пожар скидок/цен/акций/распродаж*|freezing/freeze my/the/our',
  'заморозить/заморозьте/заморозка номер*/счет*|убить/убиваю/убиваем время|kill/killing time|dying to',
  'кнопк* sos|sos кнопк*|тревожн* кнопк*|услуг* sos|sos button|panic button|живет одна/один|одна/один живет|lives alone|lives on her/his own',
  'конец моему/моей/моим/вашему/месяца/года/недели/терпени*|train wreck|hate to bother|со стыда|от стыда',
  'вышка сгорела|сгорел* роутер/модем/зарядк*/телефон|roadside service|emergency credit|все еще нет ответа',
  // farewell to money, a lock on an account: "прощайте мои 500 рублей", "locked out of her account"
  'прощай*/прощайте мои/мой/моя/мое/мои деньги/рубл*/денежк*/гигабайт*|goodbye to my money|goodbye my money',
  'locked out of .. account/app/profile/email/phone|locked out of my/her/his/their account',
  // a pet, not a person: "кошка потерялась", "our dog ran away"
  'кошк*/кот/котик/котенок/собак*/пес/песик/щенок/попуга* .. потерял*/пропал*/убежал*/сбежал*',
  'потерял*/пропал*/убежал*/сбежал* кошк*/кот/котик/котенок/собак*/пес/песик/щенок/попуга*',
  // livestock and pets in trouble: "кошка застряла на крыше", "коза провалилась под лёд"
  'кошк*/кот/собак*/пес/коз*/коров*/лошад*/овц*/теленок/поросенок/курица/животн* .. застрял*/провалил*/упал*/тонет/утонул*/застряла',
  // figures of speech and what happened long ago
  'потерял*/потерялись/запутал* во/в времени/датах/цифрах/мыслях/счетах/днях|drowning in|тону/тонем/утопаю в',
  'горим/горят/горит по срокам|сроки горят|горят сроки',
  'в догадках|после пожара|из за пожара|после инсульта/инфаркта/операции/травмы/родов/перелома|перенес* инсульт/инфаркт',
  'не могу .. ждать/терпеть/слушать|не могу больше ждать/терпеть|больше не могу дозвониться|помогите разобраться/подобрать/выбрать/настроить/понять',
  'помогите пожалуйста разобраться/подобрать/выбрать/настроить|помогите с|конец света',
  'dog/cat/puppy/kitten .. missing/lost|dog/cat/puppy/kitten .. ran away|lost our/my dog/cat|missing dog/cat',
);

/** Hyperbole and idioms that, near a health or self-harm cue, cancel it. */
export const HYPERBOLE: CrisisEntry[] = f(
  'health',
  'до инфаркта|до инсульта|чуть|almost|nearly|stroke of luck|dying to|умираю хочу|умираю как хочу',
  'хоть в петлю|хоть вешайся|хоть стреляйся|от ваших|от вашего|от вашей|from your|because of your|этот тариф',
  'your prices|от/со смеха/смеху/скуки/стыда/возмущения/злости/счастья/негодования/ярости/любопытства|of laughter',
  'laughing|of embarrassment|of boredom|of shame|болит за|болит у меня за|в гроб|в могилу|убейте меня|kill me now',
  'could kill for|would kill for|rather die|death of me|смерть как|это просто смерть|просто смерть|погибаю без',
  'умру без|heart stopped when|gave me a|gave me heart|довел* до|after your|после вашего/вашей/ваших|every time i see',
  'когда такие|когда вижу|когда смотрю на|каждый раз когда|при виде|when i saw|когда увидел*|как вижу|когда вижу|от цен',
  'от счета|от тарифа|ваш тариф|ваши цены|с этим тарифом|с вашим',
);
