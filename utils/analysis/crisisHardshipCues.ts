import { type CrisisEntry, cue } from './crisisFeature';

/**
 * What makes a predicament worse: no money, a dying phone, no signal, nothing to eat or no place
 * to sleep, cold, night, hours of waiting, an accident, panic, being alone. Each kind counts once.
 */
export const CRISIS_HARDSHIP_CUES: CrisisEntry[] = [
  ...cue(
    'noMoney',
    'без денег|нет денег|денег .. нет|денег ноль|ни копейки|без копейки|ни рубля|ни гроша|не на что|нет ни денег|ни денег',
    'деньги .. кончил*/закончил*|кончились деньги|закончились деньги|последние деньги|нет наличных|наличных нет',
    'баланс .. ноль/нулев*/минус*/отрицательн*/пуст*|ноль/нулем на счету/балансе/телефоне/счете|нулев* баланс*',
    'на балансе/счету/счете/телефоне ноль/пусто|минус на счету/балансе|в минусе|на нуле|уходит в минус',
    'на счету/счете/балансе/телефоне минус/ноль/нуль/пусто|отключат за неуплату|вот вот отключат|на телефоне # руб*|на счете нет|карта не проходит|карта не работает|не могу заплатить/оплатить',
    'no money|zero balance|no credit|out of credit|out of money|negative balance|no cash|cant pay|no money left',
    'balance is zero/negative/0|penniless|no funds|broke and|about to be cut off|about to be disconnected',
  ),
  ...cue(
    'lowPower',
    'сел телефон|телефон .. сел/садится/сядет/разряжается/отключается|садится телефон|телефоны садятся|батаре* .. садится',
    'телефон/заряд*/батаре*/зарядк* .. # %/процент*|# % зарядки/заряда|# процент* зарядки/заряда|разряжен*',
    'звоню/пишу с чужого|с чужого телефона/номера|с телефона таксиста/прохожего|на последнем издыхании|нет зарядки|без зарядки|навигатор сел|заряд .. на исходе|телефон .. на исходе',
    'phone/battery # %|phone is dying|phone is about to die|battery .. low/dying|battery .. at #|battery .. # %|phone .. on # %|# % battery',
    'borrowed phone|someone elses phone|strangers phone|phone is almost dead|phone is dead|dead phone|phones almost dead|few percent|no charger|phone .. dying',
  ),
  ...cue(
    'noSignal',
    'нет связи|без связи|связи нет|связи почти нет|связь пропадает|связь .. пропадает|связь обрывается|связь .. обрывается',
    'не ловит|связь еле|связь через раз|вне зоны|связь на одну палку|одна палка|связь только|ловит только|связь .. еле',
    'no cell service|no phone service|no coverage|no signal|cant get a signal|no reception|line keeps dropping|signal keeps dropping|out of range|no service',
    'barely any signal|one bar|signal .. only',
  ),
  ...cue(
    'noSupplies',
    'нет еды|еда .. кончил*/закончил*/заканчивается|нет воды|вода .. кончил*/закончил*|без воды|без еды|голодн*',
    'печка не работает|печка не греет|не греет|без отопления|нет отопления|ночевать негде|переночевать негде',
    'негде ночевать|негде переночевать|негде спать|некуда идти|некуда пойти|бензин*/солярк*/топлив* .. конча*/законч*',
    'бензин*/солярк*/топлив*/бак .. на исходе|бензобак пуст*|бак пуст*',
    'мало воды|little water|not much water|не на что купить|хотят есть|кушать хотят|no food|no water|out of water|water ran out|running out of fuel/water/food',
    'сиделка/соцработник*/няня/медсестра .. не пришл*|carer/caregiver/nurse .. didnt come/show/turn up|no one to look after|некому присмотреть/ухаживать',
    'нечем платить/заплатить/купить .. еду/лекарств*/продукты/хлеб|не на что купить/платить .. еду/лекарств*/продукты/хлеб|no money for food/medicine/medication|cant afford food/medicine/medication',
    'running low on|nowhere to go|nowhere to sleep|nowhere to stay|no heating|heater .. not working|no shelter|hungry',
  ),
  ...cue(
    'weather',
    'сугроб*|на улице минус|минус .. градус*|минус сорок/тридцать/двадцать|мороз*|холод*|холодно|метел*|буран*',
    'пург*|вьюг*|снегопад*|снег*|гроз*|шторм*|ливень|дождь|жара|жару|жарко|зной|туман|ветер|ветра|волны|минус #',
    'мерзн*|замерза*|гололед*|# градус*|плюс #|# degrees',
    'snow*|storm|blizzard|cold|freezing|minus #|heat|heatwave|rain|fog|wind|waves|ice|weather .. worse',
  ),
  ...cue(
    'night',
    'ночь|ночью|к ночи|ночуем|темнеет|стемнеет|стемнело|темно|полночь|сумерк*|смеркается|солнце садится|вечера',
    'getting dark|dark|night|midnight|tonight|sun is going down|sun is setting|sunset',
  ),
  ...cue(
    'duration',
    'вторые/третьи/четвертые сутки|второй/третий/четвертый день|уже # час*|уже .. часа|уже час|третий/четвертый/пятый/шестой час|целый день',
    'с утра|со вчерашнего|сутки|# часа/часов назад|дня/дней/суток/часа/часов назад|# час*|всю ночь|уже .. дня/дней/суток|часа три|несколько часов',
    'уже три/четыре/пять/шесть/семь/восемь/десять/несколько час*/суток/дня/дней|полдня|полночи|half a day',
    'два/две/три/четыре/пять/шесть/несколько суток/дня/дней|три/четыре/пять/шесть/несколько часа/часов',
    'since monday/tuesday/wednesday/thursday/friday/saturday/sunday|с понедельника/вторника/среды/четверга/пятницы/субботы/воскресенья',
    'for hours|all day|since yesterday|two days|three days|hours|this morning|# hours|all night|for days',
  ),
  ...cue(
    'accident',
    'в кювет*|дтп|авари*|перевернул*|разбил* машину|лед треснул|треснул лед|ураган*|смерч*|лавин*|наводнени*',
    'crash*|accident|ditch|ice cracked|hurricane|tornado|avalanche|flood*|capsized|перевернулись',
  ),
  ...cue(
    'urgency',
    // not "срочно", "что делать", "help": every second request says them
    'помогите|помоги|спасите|sos|умоляю|не знаю что делать|страшно',
    'ей/ему/им страшно|она/он боится|shes/hes/she/he .. scared|плачет|плачут|плачу|в панике|паник*|112|911|ради бога|сделайте хоть что нибудь|пожалуйста .. быстрее|боится|боимся',
    'не могу дозвониться|не можем дозвониться|позвонить .. не могу/можем|не могу/можем .. позвонить|никто не помогает|никто не поможет',
    'please hurry|emergency|scared|terrified|nobody can help|please do something|please help|help us|help me please',
    'cant call|crying|panicking',
  ),
  ...cue(
    'alone',
    'одна|один|одни|одна дома|один дома|никого вокруг|никого рядом|вокруг никого|alone|by myself|by herself|by himself',
    'on my own|on her own|on his own|nobody around|no one around',
  ),
];
