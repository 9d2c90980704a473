import { type CrisisEntry, cue as f } from './crisisFeature';

const OLD_AGE = Array.from({ length: 30 }, (_, i) => 70 + i).join('/');

/** Where the customer is, who is involved and how bad it is: context that turns a predicament into a crisis. */
export const CRISIS_CONTEXT: CrisisEntry[] = [
  ...f(
    'urgency',
    'помогите|помоги|спасите|срочно|sos|умоляю|что делать|что мне делать|что нам делать|страшно',
  ),
  ...f(
    'urgency',
    'плачет|плачу|в панике|112|911|help|urgent|please hurry|emergency|scared|asap|nobody can help',
  ),
  ...f('urgency', 'не могу дозвониться|не можем дозвониться|позвонить не могу|не могу позвонить|cant call'),
  ...f(
    'weather',
    'сугроб*|на улице минус|минус .. градус*|минус сорок/тридцать/двадцать|мороз*|холод*|метел*|буран*|снег*|вьюг*|пург*|гроз*|шторм*|ливень|жара|жару|минус #|snow*|storm|blizzard',
  ),
  ...f('weather', 'cold|freezing|minus #|heat|weather .. worse'),
  ...f(
    'night',
    'смеркается|sun is going down|sun is setting|ночь|ночью|к ночи|темнеет|стемнеет|стемнело|темно|полночь|вечера|солнце садится|getting dark|dark|night|midnight|late',
  ),
  ...f(
    'duration',
    'вторые/третьи/четвертые сутки|уже # час*|уже .. часа|уже час|целый день|с утра|со вчерашнего|сутки|# часа/часов назад|# час*',
  ),
  ...f('duration', 'for hours|all day|since yesterday|two days|three days|hours|this morning|# hours'),
  ...f(
    'remote',
    'до ближайшего|в степи|в глуши|глушь|в поле|километр* от|# км от|посреди ничего|middle of nowhere',
  ),
  ...f('remote', 'miles from|km from|nearest town/village'),
  ...f('accident', 'в кювет*|дтп|авари*|перевернул*|разбил* машину|crash*|accident|ditch'),
  ...f(
    'travelPlace',
    'трасс*|шоссе|обочин*|кювет*|дорога|дороге|дорогу|зимник*|перевал*|вокзал*|автовокзал*|станци*',
  ),
  ...f(
    'travelPlace',
    'платформ*|аэропорт*|за границей|за рубежом|в чужом городе|в другом городе|в незнакомом городе',
  ),
  ...f(
    'travelPlace',
    'посреди|в глуши|глушь|консульств*|посольств*|электричк*|поезд*|такси|на границе|степ*',
  ),
  ...f(
    'travelPlace',
    'в чужой стране|в другой стране|заправк*|в машине|в кабине|лифт*|пересадк*|foreign country',
  ),
  ...f('travelPlace', 'пристан*|причал*|паром*|деревн*|поселк*|паспорт*|passport|ferry|pier|harbour|harbor'),
  ...f(
    'travelPlace',
    'в грузии/турции/египте/таиланде/тайланде/казахстане/армении/абхазии/китае/вьетнаме/оаэ/дубае',
  ),
  ...f(
    'travelPlace',
    'в италии/испании/германии/франции/чехии/польше/финляндии/сербии/израиле/индии/узбекистане',
  ),
  ...f(
    'travelPlace',
    'in turkey/egypt/thailand/bangkok/georgia/china/vietnam/dubai/india/spain/italy/germany/france',
  ),
  ...f('travelPlace', 'in the car|gas station|petrol station|elevator|lift|border|bus stop|boat|shore'),
  ...f(
    'travelPlace',
    'highway|motorway|road|roadside|station|airport|abroad|middle of nowhere|country road|embassy',
  ),
  ...f(
    'naturePlace',
    'лес|леса|лесу|лесом|лесах|лесной|лесная|лесное|лесопарк*|тайг*|горы|горах|гор|болот*|озер*',
  ),
  ...f(
    'naturePlace',
    'тропа|тропе|тропу|тропы|маршрут*|поход*|за грибами|за ягодами|за клюквой|за черникой|грибник*',
  ),
  ...f(
    'naturePlace',
    'рыбалк*|охот*|поле|поля|в горы|на горе|на реке|незнакомом месте|незнакомом районе|лыжн*',
  ),
  ...f('naturePlace', 'на лодке|лодк*|на льду|льдин*|берег*|море|снегоход*|степи|в парке|парк'),
  ...f(
    'naturePlace',
    'woods|forest|mountains|mountain|trail|hiking|hike|lake|swamp|mushroom*|camping|river|sea|ice',
  ),
  ...f(
    'child',
    'ребенок|ребенка|ребенку|ребенком|дети|детей|детьми|детям|сын|сына|сыну|сыном|дочь|дочка|дочку|дочке',
  ),
  ...f('child', 'дочери|дочкой|малыш*|младен*|школьни*|подросток|подростк*|внук|внучка|внука|внучку'),
  ...f('child', 'kid|kids|child|children|son|daughter|baby|toddler|# year old|teen*|boy|girl'),
  ...f(
    'vulnerablePerson',
    'бабушк*|дедушк*|дед|пожил*|престарел*|деменц*|альцгеймер*|плохо видит|плохо слышит',
  ),
  ...f(
    'vulnerablePerson',
    'слеп*|инвалид*|плохо ориентир*|elderly|grandma|grandmother|grandpa|grandad|grandfather',
  ),
  ...f('vulnerablePerson', 'dementia|alzheimer*|disabled|blind|путается|забывает|не помнит'),
  ...f(
    'vulnerablePerson',
    `is ${OLD_AGE}|hes ${OLD_AGE}|shes ${OLD_AGE}|ему/ей ${OLD_AGE}|${OLD_AGE} лет|${OLD_AGE} год*|aged ${OLD_AGE}|${OLD_AGE} years old`,
  ),
  ...f(
    'person',
    'муж|мужа|мужу|жена|жене|отец|отца|папа|папу|мама|маму|мать|брат|брата|сестра|сестру|друг|друга',
  ),
  ...f('person', 'подруга|подругу|товарищ|напарник*|человек|сосед*|коллег*|он|она|его|ее|они|их|один из нас'),
  ...f('person', 'husband|wife|dad|father|mom|mum|mother|brother|sister|friend|he|she|him|her|partner|they'),
  ...f('weather', 'ветер|ветра|волны|шторм|туман|fog|wind|waves'),
  ...f('accident', 'лед треснул|треснул лед|провалил*|ice cracked|fell through'),
  ...f('naturePlace', 'байдарк*|каяк*|остров*|пещер*|kayak*|canoe|island|cave|moors|cabin'),
  ...f('urgency', 'sos|спасите|не знаю что делать|никто не помогает|никто не поможет|please help|help us'),
  ...f('travelPlace', 'остановк*|таможн*|порт|bus station|train station|customs'),
  ...f('naturePlace', 'пустын*|тундр*|сопк*|ущель*|desert|canyon|gorge|cliff'),
  ...f('weather', 'дождь|ливень|голод*|жарко|heatwave|rain'),
  ...f('accident', 'ураган*|смерч*|лавин*|наводнени*|hurricane|tornado|avalanche'),
  ...f('duration', 'уже два/две/три/четыре/пять/шесть/семь/восемь/десять/несколько час*/суток/дня/дней'),
  ...f('duration', 'for two/three/several/many hours/days|two days|for days'),
  ...f('urgency', 'ушел/ушла/ушли за помощью|went for help|went to get help'),
];

/**
 * Words that put a "lost / stuck / missing" cue in the software or the bill rather than in the
 * world: "заблудился в меню", "застрял на экране оплаты", "перевод застрял", "пропал интернет".
 */
export const DIGITAL_CONTEXT: CrisisEntry[] = f(
  'lost',
  'меню|тариф*|сайт*|приложени*|настройк*|кабинет*|интерфейс*|экран*|кнопк*|оплат*|платеж*|перевод*',
  'заявк*|смс|сообщени*|загрузк*|страниц*|обновлени*|посылк*|заказ*|интернет*|связь|сеть|сигнал*|баланс*|номер*',
  'минут*|гигабайт*|трафик*|звук|пароль|данные|сим*|детализаци*|подписк*|совещани*|пробк*|работ*|очеред*|скорост*',
  'телефон*|смартфон*|контакт*|соцсет*|радар*|салон*|офис*|магазин*|этап*|код*|навигатор*|бот*|оператор*|линии',
  'app|website|site|menu|settings|screen|button|payment|transfer|page|loading|update|order|parcel|package|tariff*',
  'plan|options|account|bill|internet|connection|signal|queue|contract|message*|phone|store|shop|office|traffic',
  'login|charger|code|roaming|data|wifi|show|streaming|netflix|series|отключ*|штраф*|блокировк*|коллектор*',
);

/** Sentence-level signs that the situation is hypothetical, fiction, or already cared for. */
export const NON_ACTUAL: CrisisEntry[] = f(
  'lost',
  'если|в случае|if|in case|когда то|заранее|на будущее|in advance|before my trip|фильм*|кино|сериал*',
  'книг*|в игре|movie|film|game|шучу|joking|just kidding',
  // already cared for: "друг сломал ногу, лежит в больнице"
  'в больнице|лежит в больнице|in hospital|in the hospital',
);

/**
 * Message-level signs that the story is over: "в прошлом году мы заблудились — поставьте вышку",
 * "yesterday I went hiking… we lost the trail", "ищу его много лет".
 */
export const PAST: CrisisEntry[] = f(
  'lost',
  'в прошлом году|прошлым летом|прошлой зимой|год назад|лет назад|однажды|last year|last summer|years ago|once upon',
  'в прошлом месяце|на прошлой неделе|в прошлый раз|прошлой осенью|прошлой весной|last month|last week|last time',
  'много лет|давно|годами|после армии|после переезда|со времен|for years|long ago|ищу .. года/лет|yesterday|на днях',
  'позавчера|the other day|в выходные|on the weekend|last weekend',
);

/** Phrases that, overlapping any cue, show it means something else ("где я могу…", "потерял связь"). */
export const ANTI_PHRASES: CrisisEntry[] = f(
  'lost',
  'где я/мы могу/можем/можно/смогу/сможем|where i/we can|where to find|если честно|если можно|если можете',
  'если не сложно|if you can|if possible|lost touch|потерял* связь|потерял* с другом/подругой/братом/сестрой/одноклассник*/сослуживц*|lost connection|lost my phone|lost his/her phone',
  'сломал*/потерял*/разбил* телефон/сим*|деньги застряли|застряли деньги|сим карт*|sim card|пожар в борделе|как на пожаре|end it with|пропал* с/со .. радар*|пропал* из виду',
  'lost with|lost among|missing his/her/my/a/the/their|потерял*/заблудил* в этих|stuck with|застрял* с этим',
);

/** Hyperbole and idioms that, overlapping a health or self-harm cue, cancel it. */
export const HYPERBOLE: CrisisEntry[] = f(
  'health',
  'до инфаркта|до инсульта|чуть не|чуть было не|almost|nearly|stroke of luck|dying to|умираю хочу|хоть в петлю',
  'хоть вешайся|хоть стреляйся|от ваших|от вашего|от вашей|from your|because of your|этот тариф|your prices',
  'от/со смеха/смеху/скуки/стыда/возмущения/злости/счастья/негодования/ярости|of laughter|laughing',
  'of embarrassment|of boredom|of shame|болит за|болит у меня за',
);
