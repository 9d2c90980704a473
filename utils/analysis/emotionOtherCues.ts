import { type EmotionEntry, emo as e } from './emotionEntry';

/** Confusion, gratitude and joy. */
export const OTHER_EMOTION_CUES: EmotionEntry[] = [
  ...e(
    'confusion',
    1,
    'не понимаю|не понятно|непонятн*|не пойму|не могу понять|не ясно|неясн*|запута*|ничего не понял*',
    'что .. значит|что это за|как так|не разберусь|не могу разобраться|в чем дело|откуда взял*|что это такое',
    'что означает|в смысле|в догадках|куда делись|куда делся|куда делась|куда пропал*|как это работает',
    'confused|confusing|dont understand|dont get it|what does .. mean|unclear|makes no sense|im lost',
    'doesnt make sense|cant figure out|lost in your|lost in the menu|how come|what is this|what is that',
  ),
  ...e(
    'confusion',
    0.8,
    'заблудил* в|потерял* в .. тариф*|ничего не найти|куда нажимать|где кнопка|объясните|разъясните',
    'wait why|why is there|why does|why would|where did .. go|but i am still|but im still|how does .. work',
  ),
  ...e(
    'confusion',
    0.7,
    'заплутал* в|потерял* в|lost with|lost trying|where exactly|не может найти|cant find the|cant find where',
    'where do i|where is the|я же уже|i already|где у вас|где ваш*|where is your|wheres your|how do i get to',
    'это нормально|is this normal|is that normal|как вернуть|how do i get back|how do i restore',
  ),
  ...e('confusion', 0.6, 'странн*|откуда|по человечески|не пойму|strange|weird|explain'),
  ...e('confusion', 0.4, 'почему|зачем|why'),
  ...e(
    'gratitude',
    1,
    'спасибо огромное|огромное спасибо|большое спасибо|спасибо большое|благодар*|признател*',
    'выручил*|вы меня спасли|вы спасли|спасли меня|вы лучш*|человеческое спасибо|от всего сердца',
    'thank you|thanks a lot|thank you so much|grateful|appreciate*|you saved|lifesaver|many thanks',
    'thanks a ton|much appreciated',
  ),
  ...e('gratitude', 0.8, 'спасиб*|сердечно|молодц*|вы золото|thanks|thank|thx|bottom of my heart'),
  ...e(
    'joy',
    1,
    'died laughing|laughing|ура|рад|рада|рады|радост*|радуюсь|счастлив*|счастье|здорово|замечательн*|прекрасн*',
    'восторг*|согласилась|согласился|круто|кайф*|от смеха|со смеху|смешн*|ахах*|хаха*|хах|наконец то|приятно',
    'happy|glad|awesome|wonderful|yay|delighted|excited|love it|amazing|fantastic|hilarious|she said yes',
    'brilliant|сказала да|сказала "да"|слава богу|живем|все живы|фух|thank god|phew|what a relief|такое облегчение',
  ),
  ...e(
    'joy',
    0.7,
    'отличн*|супер|класс|классно|получилось|нашлись|нашелся|нашлась|great|haha*|lol|finally|great news',
  ),
];
