import type { FeltEmotion } from './emotions';

/** `w`: how strongly the phrase alone signals the emotion (1 ≈ unambiguous). */
export interface EmotionEntry {
  p: string;
  e: FeltEmotion;
  w: number;
}

const e = (emotion: FeltEmotion, w: number, ...patterns: string[]): EmotionEntry[] =>
  patterns.map((p) => ({ p, e: emotion, w }));

/**
 * Russian entries are stems (`волну*` covers волнуюсь / волнуемся / волнует), so every word form
 * matches. Phrases that carry their own negation ("не понимаю") are written out; any other cue
 * preceded by a negation ("не волнуйтесь", "не злюсь", "not angry") is discarded by the detector.
 */
export const EMOTION_LEXICON: EmotionEntry[] = [
  ...e(
    'anger',
    1,
    'бесит|бесят|бесишь|выбеш*|взбеш*|бешенств*|безобрази*|возмутит*|возмущ*|издевательств*|издеваетесь',
  ),
  ...e(
    'anger',
    1,
    'сколько можно|сколько .. можно|сколько раз .. говорить|достали|достало|надоело|надоели|задолбал*|задрал*',
  ),
  ...e(
    'anger',
    1,
    'обманул*|обманщик*|обман|мошенник*|беспредел*|позор*|хамств*|хамит*|хамят|хамка|хам|бардак*',
  ),
  ...e(
    'anger',
    1,
    'отврат*|злюсь|злит|разозл*|зол|злой|злая|ненавиж*|ненавид*|жалоб*|жаловаться|роспотребнадзор*',
  ),
  ...e(
    'anger',
    1,
    'прокуратур*|в суд|верните .. деньги|верните .. мои|воруете|ворует|воры|грабеж*|обдира*|кидалово',
  ),
  ...e(
    'anger',
    0.8,
    'ужасн* сервис*|ужасн* связь|ужасн* поддержк*|худш*|хуже некуда|в шоке|офигел*|охренел*|куда смотрите',
  ),
  ...e(
    'anger',
    0.7,
    'третий раз|пятый раз|в который раз|десятый раз|по десять раз|каждый раз|убивают|доведете|хватит',
  ),
  ...e(
    'anger',
    0.6,
    'немедленно|кошмар*|жесть|издевает*|невозможно дозвониться|бесконечн*|никто ничего|идиот*|дебил*',
  ),
  ...e(
    'anger',
    0.4,
    'опять|снова|блин|черт|безответственн*|сколько ждать|до сих пор не|жду ответа|когда почините',
  ),
  ...e(
    'anger',
    0.8,
    'убивает|убийственн*|в могилу|умереть не встать|удар .. хватил|убиться можно|жалу*|грабите',
  ),
  ...e(
    'anger',
    0.5,
    'верните|почините|сделайте|поставьте уже|уже неделю|второй день|третий день|без объяснения|так и не',
  ),
  ...e('anger', 0.5, 'where is my|fix it|still hasnt|still havent|for a week|build a tower'),
  ...e('anger', 0.8, 'death of me|lose my mind|killer prices|robbing|dead tired|crashed|driving me crazy'),
  ...e(
    'anger',
    1,
    'outrageous|ridiculous|unacceptable|furious|angry|annoyed|annoying|disgusting|disgrace|scam|scammers',
  ),
  ...e(
    'anger',
    1,
    'sick of|fed up|rip off|ripped off|what the hell|wtf|pathetic|useless|incompetent|hate|money back',
  ),
  ...e(
    'anger',
    0.7,
    'worst|terrible|awful|how many times|killing me|nightmare|complaint|lawsuit|sue you|mad|rather die',
  ),
  ...e('anger', 0.4, 'again|joke|fix it|still not'),

  ...e(
    'worry',
    1,
    'волну*|взволнов*|пережива*|беспокоюсь|беспокоимся|беспокоит*|тревож*|тревог*|страшно|страх',
  ),
  ...e(
    'worry',
    1,
    'боюсь|боимся|боится|опасаюсь|испуг*|напуган*|паник*|нервнича*|на нервах|места себе не|себе места',
  ),
  ...e(
    'worry',
    1,
    'не знаю что .. делать|не знаем что .. делать|что мне делать|что нам делать|что же делать|с ума схожу',
  ),
  ...e('worry', 1, 'сердце не на месте|умоляю'),
  ...e('worry', 0.7, 'что делать|помогите|спасите|срочно|sos|вдруг'),
  ...e('worry', 1, 'worried|worry|worrying|anxious|scared|afraid|frightened|terrified|panic*|nervous'),
  ...e('worry', 1, 'what do i do|what should i do|what do we do|please hurry'),
  ...e('worry', 0.7, 'urgent*|help me|help us|concerned|asap'),

  ...e(
    'sadness',
    1,
    'грустн*|грущу|печаль*|печальн*|обидно|обидн*|расстро*|тоск*|одинок*|одиноко|плачет|плакал*',
  ),
  ...e(
    'sadness',
    1,
    'плакать|слез*|такое горе|у нас горе|разбит* сердц*|скучаю|скучаем|депресс*|безнадеж*|никому не нужен|не нужна',
  ),
  ...e('sadness', 1, 'разочаров*|опустились руки|умерла|умер|скончал*|похорон*|не стало'),
  ...e(
    'sadness',
    0.7,
    'сердце разрывается|heart sank|жаль|тяжело|мне плохо|так плохо|бросила|бросил|расстались|расстался|ушла от меня|извинения',
  ),
  ...e(
    'sadness',
    1,
    'sad|upset|heartbroken|lonely|crying|cried|tears|devastated|depressed|hopeless|passed away',
  ),
  ...e(
    'sadness',
    1,
    'feel terrible|feel awful|broke my heart|unhappy|grief|disappointed|i miss|miss her|miss him',
  ),

  ...e(
    'confusion',
    1,
    'не понимаю|не понятно|непонятн*|не пойму|не могу понять|не ясно|неясн*|запута*|ничего не понял*',
  ),
  ...e(
    'confusion',
    1,
    'что .. значит|что это за|как так|не разберусь|не могу разобраться|в чем дело|откуда взял*',
  ),
  ...e(
    'confusion',
    0.8,
    'заблудил* в|потерял* в .. тариф*|ничего не найти|куда нажимать|где кнопка|объясните',
  ),
  ...e(
    'confusion',
    0.7,
    'заплутал* в|потерял* в|lost with|lost trying|where exactly|не может найти|cant find the',
  ),
  ...e('confusion', 0.6, 'странн*|откуда|по человечески|не пойму'),
  ...e('confusion', 0.4, 'почему|зачем'),
  ...e(
    'confusion',
    1,
    'confused|confusing|dont understand|dont get it|what does .. mean|unclear|makes no sense',
  ),
  ...e(
    'confusion',
    1,
    'doesnt make sense|cant figure out|lost in your|lost in the menu|how come|what is this',
  ),
  ...e('confusion', 0.6, 'strange|weird|explain|why'),

  ...e(
    'gratitude',
    1,
    'спасибо огромное|огромное спасибо|большое спасибо|спасибо большое|благодар*|признател*',
  ),
  ...e(
    'gratitude',
    1,
    'выручил*|вы меня спасли|вы спасли|спасли меня|вы лучш*|человеческое спасибо|от всего сердца',
  ),
  ...e('gratitude', 0.8, 'спасиб*|сердечно|молодц*|вы золото'),
  ...e('gratitude', 1, 'thank you|thanks a lot|thank you so much|grateful|appreciate*|you saved|lifesaver'),
  ...e('gratitude', 0.8, 'thanks|thank|thx|bottom of my heart'),

  ...e(
    'joy',
    1,
    'died laughing|laughing|ура|рад|рада|рады|радост*|радуюсь|счастлив*|счастье|здорово|замечательн*|прекрасн*|восторг*',
  ),
  ...e('joy', 1, 'согласилась|согласился|круто|кайф*|от смеха|со смеху|смешн*|ахах*|хаха*|хах|наконец то'),
  ...e('joy', 0.7, 'отличн*|супер|класс|получилось|нашлись|нашелся|нашлась'),
  ...e(
    'joy',
    1,
    'happy|glad|awesome|wonderful|yay|delighted|excited|love it|amazing|fantastic|hilarious|she said yes',
  ),
  ...e('joy', 0.7, 'great|haha*|lol|finally|great news'),
];

/** Words that strengthen the next cue ("очень волнуюсь", "совсем достали", "so worried"). */
export const INTENSIFIERS = new Set(
  'очень совсем крайне безумно жутко ужасно страшно так настолько сильно реально просто вообще дико really so very extremely totally super incredibly'.split(
    ' ',
  ),
);

/** A negation in the two words before a cue cancels it ("не волнуйтесь", "I'm not angry"). */
export const NEGATORS = new Set(
  'не ни нет без not no never dont doesnt didnt isnt arent wasnt werent wont cant без'.split(' '),
);

/** Emoji and emoticons, matched on the raw text (the tokenizer drops them). */
export const EMOJI_CUES: { re: RegExp; e: FeltEmotion; w: number }[] = [
  { re: /(?:[:;]-?\)|\){2,}|[😊😀😃😄😁😍🥰❤🔥🎉👍🙂😂🤣])/u, e: 'joy', w: 0.7 },
  { re: /(?:[:;]-?\(|\({2,}|[😢😭😞😔💔])/u, e: 'sadness', w: 0.7 },
  { re: /[😡🤬😠]/u, e: 'anger', w: 1 },
  { re: /[🙏]/u, e: 'gratitude', w: 0.7 },
  { re: /\?{2,}/u, e: 'confusion', w: 0.3 },
  // An exclamation alone is not anger, but it tips a weak complaint ("верните", "опять") over.
  { re: /!/u, e: 'anger', w: 0.3 },
];
