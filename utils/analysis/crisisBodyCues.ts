import { type CrisisEntry, cue } from './crisisFeature';

/**
 * Threats to the body, by what is happening to it: breathing, consciousness, heart and stroke,
 * bleeding, injuries and falls, cold, poisoning, water, birth, seizures, allergy, blood sugar; then
 * violence and disasters (fire, gas, flood).
 */
export const CRISIS_BODY_CUES: CrisisEntry[] = [
  ...cue(
    'health',
    // breathing, consciousness
    'не дышит|не может/могу дышать|задыха*|тяжело/трудно дышать|хрипит|без сознания|потерял*/теряю сознание',
    'обморок*|в обморок|не приходит в себя|не реагирует|не просыпается|не можем/могу разбудить|без пульса',
    // heart, stroke
    'плохо с сердцем|с сердцем плохо|сердце .. болит/прихватило/колет/колотится/останавливается|сердечн* приступ*',
    'инфаркт*|инсульт*|боль/болит/давит/жжет в груди|темнеет в глазах|говорит невнятно|перекосило|немеет|онемел*',
    'парализ*|посинел*|синеет|синеют|весь синий|вся синяя|лежит без движения|без движения|не шевелится|не двигается',
    // bleeding, injuries, falls
    'кровь не останавлива*|кровь .. не останавлива*|кровь идет|кровь из|кровь хлещет|хлещет кровь|кровь .. течет',
    'сильно кровит|много крови|очень много крови|lots of blood|so much blood|кровотечен*|истекает кровью|истекаю кровью|сломал* позвоночник/шею|не могут спуститься',
    'зажало|зажат*|придавил*|травма головы',
    'упал*/сорвал*/свалил* с/со скалы/обрыва/высоты/крыши/лестницы/балкона|выпал*/выпала из окна|упал* в шахту/колодец',
    'пострадавш*|раненые|ранен|ранена|попал* в аварию/дтп|разбились|на трассе/дороге авари*',
    // cold
    'замерзаем|замерзаю|замерзают|замерзает|замерзнем|замерзнет|обморожен*|переохлажд*|не чувствую/чувствует ног/пальцев/рук',
    // poisoning, overdose, water
    'выпил*/выпила не те таблетки|горсть таблеток|целую горсть|путается речь|речь путается|заплетается язык|отравил*|отравлени*|наглотался|наглоталась|наглотались|проглотил*/проглотила таблетк*/батарейк*/лекарств*',
    'передозировк*|угар*|надышал*|тонет|тонут|захлебыва*|человек в воде|провалил* под лед|под лед',
    'лодка перевернул*|перевернул* лодк*|змея укусила|укусила змея|удар током|ударило током|током ударило',
    // birth, seizures, allergy, sugar
    'рожает|схватки|воды отошли|судорог*|приступ астмы|приступ эпилепс*|эпилептическ*|анафилак*',
    'отек* горл*|отекло лицо|лицо отекло|опухло горло|нет инсулина|кончился/закончился инсулин|сахар упал|сахар .. низкий',
    // help cannot come
    'вызвать/вызовите/вызови скорую|скорая .. не может|скорая .. не едет|скорая занята|не дождаться скорой',
    'дозвониться до скорой/112/103/911|мне/ему/ей/нам/им стало плохо|умираем',
    'отцу/папе/маме/матери/мужу/жене/сыну/дочке/дочери/ребенку/дедушке/бабушке/человеку/другу .. очень плохо',
    'давление под #|тошнит .. кровью|рвет кровью|покусал*|угорел*|весь мокрый и трясется',
  ),
  ...cue(
    'healthWeak',
    'мне/ему/ей/нам/им плохо|отцу/папе/маме/матери/мужу/жене/сыну/дочке/дочери/ребенку/дедушке/бабушке/человеку/другу .. плохо',
    'not moving|lying motionless|isnt moving|cant swim|не умеет плавать|hes/shes confused|he/she is confused|disoriented|sweating|не узнает меня/нас|спутанн* сознани*|заговаривается|холодный пот|весь в поту|вся в поту',
  ),
  ...cue(
    'health',
    'heart attack|chest pain*|cant breathe|not breathing|isnt breathing|stopped breathing|barely breathing',
    'struggling to breathe|hard to breathe|breathing strangely|gasping|unconscious|passed out|fainted|no pulse',
    'wont wake up|not waking up|cant wake him/her|isnt responding|not making sense|slurring|face drooping',
    'having a stroke|seizure*|convuls*|bleeding heavily|wont stop bleeding|bleeding a lot|blood everywhere|theres blood',
    'trapped under|crushed|in labour|in labor',
    'fell off|fell from|fell down|fell out of|had a fall|collapsed|hypothermia|frostbite|freezing to death',
    'cant feel .. toes/fingers/feet/legs|we are freezing|were freezing|freezing in the car|overdose*|poisoned',
    'swallowed .. pills/tablets/battery|took too many pills|took a lot of pills|carbon monoxide|drowning',
    'in the water|fell through the ice|water is coming in|snake bite|bitten by a snake|electric shock',
    'asthma attack|inhaler is empty|no inhaler|нет ингалятора|ингалятор пуст*|in labor|giving birth|waters broke|allergic reaction|throat .. swelling|swollen face|anaphyla*|choking',
    'out of insulin|insulin ran out|blood sugar|diabetic .. shaking|turning blue|vomiting blood|stabbed',
    'call an ambulance|need an ambulance|ambulance .. hours|cant get through to emergency|emergency services',
    'car crash|were in an accident|been in an accident|hit by a car|trapped in the wreck|numb|paralyzed',
  ),
  ...cue(
    'healthWeak',
    // injuries: an emergency where help cannot come, old news in a request to pay later
    'вывих*|перелом*|сломал*/сломала ногу/руку/ребра|сломана/сломаны нога/рука/ноги/ребра|нога/рука не двигается',
    'не может/могу/можем встать|не может/могу/можем идти|идти не может/могу/можем|ударил* головой|подвернул* ногу',
    'ногу подвернул*|температур* 39/40/41|роды|broke my/his/her leg/arm/ankle/back|broken leg/arm|cant walk',
    'cant get up|cant stand|hit his/her/my head|head injury|bleeding|утонул*',
    // a single word about fire or smoke: an alarm, an idiom ("на работе пожар") unless someone is there
    'пожар|дым|пламя|smoke|fire|fire alarm|smoke alarm|пожарная сигнализация',
    'травм*|скорая|скорую|скорой|замерзли|замерзла|замерз|мерзнут|мерзнем|мерзну|порезал*|умирает|хуже и хуже',
    'упал|упала|упали|высокая температура|температура|кружится голова|рвота|рвет|тошнит|боль|болит|кровь',
    'приступ|слабость|не может говорить|давление|сердце|астм*|аллерги*|диабет*|инсулин*|беременн*',
    'кончились/закончились лекарства/таблетки|нет лекарств|лекарства кончились|без лекарств|очень плохо',
    'ambulance|injured|freezing|dying|fell|hurt|unresponsive|faint|dizzy|blood|pain|vomiting|fever|injury',
    'wound|asthma|diabetic|insulin|out of medication|pregnant|sick|shaking',
  ),
  ...cue(
    'violence',
    'его/ее/меня держат|держат в гаражах/подвале/квартире|отобрали телефон|бьет меня|бьет|бьют|били|избивает|избивают|избили|избил*|ударил меня|душит|душил*|грозит* убить|обещает убить|хочет убить меня|напал*|нападают|нападени*|угрожа*|ломится|ломятся',
    'ломит*/ломят* в дверь|выбива* дверь|за мной/ней/ним гонятся|за мной/ней/ним следят|за мной/ней/ним идет/идут',
    'идет следом|преследует|пристает|домогается|насили*|изнасил*|держат взаперти|не выпускает|прячусь',
    'прячется|с ножом|ножом|пистолет*|похитил*|похищ*|грабят',
    'following me/her/him|someone is following|being followed|breaking in|attacked|hits me|beats me|hitting me',
    'beating me|threatening|threatened|stalking|hiding from|knife|gun|held against|wont let me leave|being held',
    'kidnap*|abduct*|assault*|kicking the door in|kicking in the door|breaking down the door|trying to break in',
    'beating his/her/their/my wife/girlfriend/husband/boyfriend/mother/mum/mom/kids|бьет/избивает жену/мать/девушку/детей/ребенка',
    'will never see her/him/them again|больше никогда не увидишь/увидите|увез* .. без разрешения|took our/my daughter/son .. without',
    // fear of home and money taken by family: "домой боюсь идти", "пенсию всю забирает"
    'боюсь идти/возвращаться домой|домой боюсь|боюсь .. домой|afraid to go home|scared to go home',
    'пенсию .. забирает/отбирает|забирает/отбирает .. пенсию|takes my pension|takes all my money',
    'угрожает/угрожают/грозит/грозится выложить/разослать/опубликовать|threatens to post/share/leak',
  ),
  ...cue(
    'disaster',
    'пожар в/на доме/квартире/подъезде/лесу/бане/даче/этаже|горим|горит дом/квартира/машина/баня/подъезд|в огне',
    'задымлени*|дым идет/валит из|полный подъезд дыма|дым в квартире/подъезде/доме/комнате|валит дым|в дыму|весь в дыму|дым .. не можем выйти',
    'пахнет газом|запах газа|утечка газа|взрыв газа|прогремел взрыв|взорвал*|огонь .. идет/переходит/перекидывается',
    'горит/горят .. дом*/квартир*/подъезд*/лес*/баня|пламя|землетрясени*|завалило|вода поднимается',
    'затопил* машину|в воде машина|река вышла из берегов|дом/дома/улицу/поселок/деревню/дачу затопило|river .. burst its banks|house is flooding|floodwater .. in the house',
    'fire in the|on fire|house fire|smell gas|smoke coming from|smoke is coming|full of smoke|smoke everywhere|is full of it|smell of gas|gas smell|gas leak|earthquake|explosion',
    'water is rising|building collapsed|floodwater|flooding',
  ),
];
