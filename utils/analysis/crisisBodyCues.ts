import { type CrisisEntry, cue } from './crisisFeature';

/** Self-harm, despair, health emergencies, violence and disasters. */
export const CRISIS_BODY_CUES: CrisisEntry[] = [
  ...cue(
    'selfHarm',
    'не хочу .. жить|не хочется .. жить|жить .. не хочу|жить .. не хочется|незачем .. жить|нет смысла .. жить',
  ),
  ...cue(
    'selfHarm',
    'не вижу смысла .. жить|не вижу смысла в жизни|смысла .. жить|покончить с собой|покончу с собой',
  ),
  ...cue(
    'selfHarm',
    'покончить с жизнью|покончить жизнь|покончить со всем|покончу со всем|самоубийств*|суицид*',
  ),
  ...cue(
    'selfHarm',
    'уйти из жизни|уйду из жизни|свести счеты|сведу счеты|наложить на себя руки|наложу на себя руки',
  ),
  ...cue(
    'selfHarm',
    'руки на себя|убить себя|убью себя|повешусь|повеситься|в петлю|вскры*/порезать/порежу вены',
  ),
  ...cue(
    'selfHarm',
    'наглотаюсь|наглотаться|выпью все таблетки|думаю прыгнуть|хочу прыгнуть|прыгну с|спрыгну с',
  ),
  ...cue(
    'selfHarm',
    'прыгнуть с крыши/моста/окна|шагнуть с крыши/моста/окна|хочу умереть|хочется умереть|лучше умереть',
  ),
  ...cue(
    'selfHarm',
    'лучше бы я умер*|сдохнуть хочу|хочу сдохнуть|исчезнуть навсегда|меня больше не будет|больше меня не будет',
  ),
  ...cue(
    'selfHarm',
    'меня скоро не станет|меня не станет|не хочу .. просыпаться|уснуть и не проснуться|устал* жить',
  ),
  ...cue(
    'selfHarm',
    'нет сил жить|сил жить нет|жизнь потеряла смысл|жизнь не имеет смысла|прощальн* письм*/записк*',
  ),
  ...cue(
    'selfHarm',
    'kill myself|killing myself|end my life|end it all|ending it all|take my own life|suicid*|end it tonight',
  ),
  ...cue(
    'selfHarm',
    'want to die|wanna die|dont want to live|dont want to be alive|no reason to live|better off dead',
  ),
  ...cue(
    'selfHarm',
    'better off without me|hurt myself|cut myself|no point going on|no point in living|jump off',
  ),
  ...cue(
    'selfHarm',
    'goodbye letter*|suicide note|dont want to wake up|tired of living|wont be here tomorrow|take all my pills',
  ),
  ...cue('selfHarm', 'nobody would miss me|no longer want to be here|want to end it|want it all to stop'),
  ...cue(
    'selfHarm',
    'меня .. не будет|лучше бы меня не было|жить .. не собираюсь|жить .. не буду|выпить их все',
  ),
  ...cue(
    'selfHarm',
    'выпить все таблетки|все таблетки|таблетк* .. выпить/приготовил*/накопил*|take the pills|pills ive been saving',
  ),
  ...cue(
    'selfHarm',
    'не хочу существовать|my last night|my last day|последн* ночь/день в жизни|не хочу просыпаться',
  ),
  ...cue(
    'despair',
    'никому не нужен|никому не нужна|никто не поможет|никто мне не поможет|устал* от всего|все кончено',
  ),
  ...cue(
    'despair',
    'передайте/скажите .. что я .. люблю|прощайте|простите меня все|смотрю вниз|уйду навсегда|ухожу навсегда',
  ),
  ...cue(
    'despair',
    'стою/сижу на мосту/крыше/краю|решил* что все|хватит с меня|cant do this anymore|cant take it anymore',
  ),
  ...cue(
    'despair',
    'nothing left|nothing matters|cant go on|goodbye everyone|tell her/him/them .. i love|nobody cares',
  ),
  ...cue('despair', 'on the bridge|on the edge|looking down'),
  ...cue(
    'despairWeak',
    'последнее сообщение|больше не могу|я на грани|нет сил|сил больше нет|зачем .. все это|зачем жить',
  ),
  ...cue(
    'despairWeak',
    'last message|make it stop|whats the point|не вынесу|приняла решение|принял решение|decided|прощай*',
  ),

  ...cue(
    'health',
    'плохо с сердцем|с сердцем плохо|сердце .. болит|сердце .. прихватило|сердце колет|сердечн* приступ*',
  ),
  ...cue(
    'health',
    'инфаркт*|инсульт*|не могу дышать|не может дышать|не дышит|задыха*|без сознания|потерял* сознание',
  ),
  ...cue(
    'health',
    'обморок*|кровь не останавливается|кровь идет|кровь из головы/раны/ноги/руки/уха/рта|кровь хлещет',
  ),
  ...cue(
    'health',
    'хлещет кровь|кровь .. течет|сильно кровит|кровотечен*|истекает кровью|истекаю кровью|вывих*',
  ),
  ...cue(
    'health',
    'сломал* ногу/руку/позвоночник/шею/ребра/ногу|перелом*|замерзаем|замерзаю|замерзают|замерзает|замерзнем',
  ),
  ...cue('health', 'обморожен*|переохлажд*|вызвать/вызовите/вызови скорую|дозвониться до скорой/112/103/911'),
  ...cue(
    'health',
    'скорая .. не может|скорая .. едет|скорая занята|не дождаться скорой|рожает|схватки|роды|судорог*',
  ),
  ...cue('health', 'отравился|отравилась|отравились|отравлени*|наглотался|наглоталась|наглотались|угар*'),
  ...cue(
    'health',
    'змея укусила|укусила змея|тонет|тонут|утонул*|человек в воде|лодка перевернул*|перевернул* лодк*',
  ),
  ...cue(
    'health',
    'упал*/сорвал* со/с скалы/обрыва/высоты/крыши/лестницы|придавил*|давление под #|температур* 39/40/41',
  ),
  ...cue(
    'health',
    'приступ астмы|приступ эпилепс*|эпилептическ*|умираем|мне/ему/ей/нам/им стало плохо|не может встать',
  ),
  ...cue(
    'health',
    'отцу/папе/маме/матери/мужу/жене/сыну/дочке/дочери/ребенку/дедушке/бабушке/человеку/другу .. плохо',
  ),
  ...cue('health', 'боль/болит/давит/жжет в груди|немеет|онемел*|парализ*|посинел*|весь синий|вся синяя'),
  ...cue(
    'health',
    'не приходит в себя|лежит без движения|без движения|провалил* под лед|под лед|анафилак*|отек* горл*',
  ),
  ...cue(
    'health',
    'нет инсулина|сахар упал|не может идти|не могут спуститься|не может спуститься|захлебыва*|ожог*',
  ),
  ...cue(
    'health',
    'heart attack|chest pain*|cant breathe|not breathing|isnt breathing|stopped breathing|unconscious',
  ),
  ...cue(
    'health',
    'passed out|fainted|bleeding|broke my/his/her leg/arm/ankle/back/neck|broken leg|hypothermia|frostbite',
  ),
  ...cue(
    'health',
    'we are freezing|were freezing|freezing to death|freezing in the car|having a stroke|seizure*|overdose*',
  ),
  ...cue(
    'health',
    'allergic reaction|in labor|giving birth|drowning|fell off|fell from|call an ambulance|need an ambulance',
  ),
  ...cue('health', 'collapsed|turning blue|hit his/her/my head|head injury'),
  ...cue(
    'health',
    'зажат*|пострадавш*|раненые|ранен|ранена|попал* в аварию|попал* в дтп|разбились|авари* на трассе/дороге',
  ),
  ...cue(
    'health',
    'на трассе/дороге авари*|дтп|ударил* головой|сахар .. низкий|покусал*|кровь .. течет|угорел*',
  ),
  ...cue(
    'health',
    'trapped in the wreck|car crash|were in an accident|been in an accident|hit by a car|breathing strangely',
  ),
  ...cue(
    'health',
    'fell through the ice|snake bite|bitten by a snake|carbon monoxide|numb|paralyzed|vomiting blood',
  ),
  ...cue(
    'healthWeak',
    'травм*|скорая|скорую|скорой|замерзли|замерзла|замерз|порезал*|ambulance|injured|freezing|dying',
  ),
  ...cue(
    'healthWeak',
    'умирает|хуже и хуже|упал|упала|fell|hurt|не реагирует|unresponsive|высокая температура|кружится голова|рвота',
  ),

  ...cue(
    'violence',
    'бьет меня|избивает|избили|угрожает убить|угрожают|ломятся|за мной гонятся|за мной следят|напали',
  ),
  ...cue('violence', 'нападени*|грабят|преследует|пристает|держат взаперти|похитил*|похищ*|изнасил*'),
  ...cue(
    'violence',
    'following me|following her|following him|breaking in|attacked|hits me|beats me|threatening to kill',
  ),
  ...cue('violence', 'kidnap*|abduct*|being held'),
  ...cue('disaster', 'пожар|горим|горит дом/квартира/машина|в огне|задымлени*|пахнет газом|утечка газа'),
  ...cue(
    'disaster',
    'горит/горят .. дом*/квартир*/подъезд*/лес*/баня|огонь .. переходит|пламя|fire in|fire on|smoke',
  ),
  ...cue('disaster', 'землетрясени*|on fire|house fire|smell gas|gas leak|earthquake'),
  // Third blind round (paraphrases): tablets at hand, farewells, falls, threats at the door.
  ...cue(
    'selfHarm',
    'таблетк* .. передо мной|таблетк* .. в руке|таблетк* .. наготове|pills in front of me|больше не просыпаться|не проснуться',
  ),
  ...cue(
    'despair',
    'передайте/передать/скажите .. что мне жаль|no way out|saying goodbye|say goodbye|выхода нет|нет выхода',
  ),
  ...cue('despairWeak', 'не выдержу|больше не выдержу|не могу так|cant take this'),
  ...cue(
    'health',
    'подвернул* ногу|ногу подвернул*|не могу/можем/может идти|идти не могу/может/можем|had a fall|cant get up',
  ),
  ...cue(
    'health',
    'took too many pills|упал* в шахту|упал* с высоты|insulin ran out|out of insulin|feeling faint',
  ),
  ...cue(
    'healthWeak',
    'кончились/закончились лекарства/таблетки/инсулин|нет лекарств|лекарства кончились|out of medication',
  ),
  ...cue('healthWeak', 'не может говорить|приступ|слабость|faint|dizzy'),
  ...cue(
    'violence',
    'ломит*/ломят* в дверь|ломится|ломятся|угрожа*|threatening me|hiding from|прячусь|избивает',
  ),
  // Vocabulary by concept (synonyms the examples did not use), not by example.
  ...cue(
    'selfHarm',
    'жить надоело|надоело жить|устал* жить|вскроюсь|выброшусь|брошусь под|хочу исчезнуть|повешусь',
  ),
  ...cue(
    'selfHarm',
    'отдайте мой номер|больше не увидите|позаботьтесь о .. без меня|hang myself|slit my wrists|want to disappear',
  ),
  ...cue('selfHarm', 'dont want to be here|cant go on living|last goodbye|end things|not going to be around'),
  ...cue(
    'despair',
    'все бессмысленно|всё бессмысленно|нет смысла|простите меня|последний раз пишу|pointless|hopeless',
  ),
  ...cue(
    'health',
    'воды отошли|удар током|ударило током|током ударило|передозировк*|electric shock|waters broke',
  ),
  ...cue(
    'health',
    'кровь .. не останавлива*|задыхается|не дышит|тошнит .. кровью|рвет кровью|anaphyla*|choking',
  ),
  ...cue(
    'health',
    'не может дышать|трудно дышать|тяжело дышать|hard to breathe|struggling to breathe|cant wake him/her',
  ),
  ...cue('health', 'не можем разбудить|не могу разбудить|не просыпается|без пульса|no pulse|not waking up'),
  ...cue('healthWeak', 'тошнит|рвет|боль|кровь|blood|pain|vomiting|fever|injury|wound'),
  ...cue('violence', 'бьет|избил*|напал*|нападают|с ножом|ножом|пистолет*|выбива* дверь|держат|не выпускает'),
  ...cue(
    'violence',
    'домогается|насили*|hitting me|beating me|knife|gun|wont let me leave|held against|assault*',
  ),
  ...cue('disaster', 'задымлени*|валит дым|в дыму|запах газа|прогремел взрыв|взрыв газа|взорвал*'),
  ...cue(
    'disaster',
    'завалило|засыпало|нас затопило .. вода|вода поднимается|explosion|water is rising|building collapsed',
  ),
  // Fourth blind round: despair said without the word "жить".
  ...cue('selfHarm', 'going to end it|gonna end it|im going to end it all'),
  ...cue(
    'despair',
    'не вижу .. смысла|все закончу|всё закончу|закончу все|закончу с этим|чтобы все .. закончилось',
  ),
  ...cue(
    'despair',
    'устал* бороться|простите все|простите всех|больше .. не побеспокою|dont see the point|no point anymore',
  ),
  ...cue('despair', 'tired of fighting|forgive me everyone|wont bother you again|закончилось навсегда'),
];
