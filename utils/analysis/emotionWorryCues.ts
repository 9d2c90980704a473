import { type EmotionEntry, emo as e } from './emotionEntry';

/**
 * Worry (fear, anxiety, pleading, helplessness) and sadness (grief, loneliness, a quarrel, regret,
 * disappointment).
 */
export const WORRY_SADNESS_CUES: EmotionEntry[] = [
  ...e(
    'worry',
    1,
    'волну*|взволнов*|пережива*|беспокоюсь|беспокоимся|беспокоит*|тревож*|тревог*|страшно|страх',
    'боюсь|боимся|боится|опасаюсь|испуг*|напуган*|паник*|нервнича*|на нервах|места себе не|себе места',
    'не знаю что .. делать|не знаем что .. делать|что мне делать|что нам делать|что же делать|с ума схожу',
    'сердце не на месте|сердце в пятки|умоляю|меня трясет|трясет всю|не нахожу себе места|ничем не могу .. помочь',
    'ничего не могу .. сделать|сделайте хоть что нибудь|сделайте хоть что то|хоть что нибудь сделайте',
    'умоляю вас|очень прошу помогите|помогите пожалуйста|пожалуйста помогите|последняя надежда на вас',
    'worried|worry|worrying|anxious|scared|afraid|frightened|terrified|panic*|nervous|freaking out',
    'what do i do|what should i do|what do we do|please hurry|please do something|i beg you|begging you',
    'dont know what to do|nothing i can do|cant do anything|helpless|worried sick|at my wits end',
  ),
  ...e(
    'worry',
    0.7,
    'что делать|помогите|спасите|срочно|вдруг|а если|поскорее|побыстрее|беспомощн*|стресс*',
    'urgent*|help me|help us|concerned|asap|what if|stressed|tense|please help|как можно скорее',
    'скажите .. что я живой/жив/жива|tell .. im alive|tell .. im ok',
  ),
  ...e(
    'sadness',
    1,
    'грустн*|грущу|печаль*|печальн*|обидно|обидн*|расстро*|тоск*|одинок*|одиноко|плачет|плакал*',
    'плакать|слез*|такое горе|у нас горе|разбит* сердц*|скучаю|скучаем|депресс*|безнадеж*|никому не нужен|не нужна',
    'разочаров*|опустились руки|умерла|умер|скончал*|похорон*|не стало|некому позвонить|не с кем поговорить',
    'sad|upset|heartbroken|lonely|crying|cried|tears|devastated|depressed|hopeless|passed away|funeral',
    'feel terrible|feel awful|broke my heart|unhappy|grief|disappointed|i miss|miss her|miss him|so alone',
    'feel alone|feeling down|feel down|let down|my late',
  ),
  ...e(
    'sadness',
    0.7,
    'сердце разрывается|heart sank|жаль|тяжело|мне плохо|так плохо|бросила|бросил|расстались|расстался',
    'ушла от меня|извинения|поругались|поссорились|заблокировала меня|заблокировал меня|прошу прощения',
    'был неправ|была неправа|наговорил* лишнего|сожалею|жалею|моя вина|последняя надежда|не к кому обратиться',
    'broke up|we fought|we argued|blocked me|i was wrong|my fault|regret|last hope|nobody else to turn to',
  ),
];
