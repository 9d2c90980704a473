import { type CrisisEntry, cue } from './crisisFeature';

/**
 * Self-harm and despair. People rarely name suicide: they say goodbye, say they are a burden, say
 * it will end tonight, mention the pills or the roof. One explicit cue is enough; otherwise two
 * different kinds of signal (hopelessness + farewell, a decision + the means…) must meet.
 */
export const CRISIS_SELF_HARM_CUES: CrisisEntry[] = [
  // --- explicit, ru
  ...cue(
    'selfHarm',
    'не хочу/хочется/хочет/хотим/хотела/хотел .. жить|жить .. не хочу/хочется/хочет|незачем .. жить/просыпаться',
    'жить .. не вижу смысла|жить .. нет смысла|прыгать или нет|думаю .. прыгать/прыгнуть|нет смысла .. жить/просыпаться|не вижу смысла .. жить/просыпаться|смысла нет .. жить|не вижу смысла в жизни|зачем мне/дальше жить',
    'хочу/хочется/хочет/хотела/хотел умереть/сдохнуть|хочу/хочет/хочется просто умереть|исчезнуть навсегда',
    'лучше бы я умер*|лучше бы я не родил*|лучше бы меня не было',
    'лучше умереть|лучше бы меня не было|покончить/покончу/покончил*/покончила с собой/жизнью|покончить/покончу со всем',
    'самоубийств*|суицид*|уйти/уйду/ушла/ушел из жизни|свести/сведу счеты|наложить/наложу на себя руки|руки на себя',
    'убить/убью себя|повешусь|повеситься|вешаться|вскры*/порезать/порежу/режу вены|наглотаюсь|наглотаться',
    // cuts shown or told: "фото порезанных рук", "she cut her wrists"
    'порезанн* рук*/запяст*/вен*|порезал*/режет/режу/резала руки/запястья|cut her/his/my wrists/arms|slit her/his/my wrists',
    'выпью/выпила/выпил/приму все таблетки|прыгнуть/прыгну/спрыгну/шагну/шагнуть/брошусь/выброшусь с/из крыши/моста/окна/балкона',
    'брошусь под|меня скоро/больше/уже/завтра не станет|меня скоро/уже/больше/завтра не будет|больше меня не будет|уснуть и не проснуться',
    'не хочу .. просыпаться|больше не просыпаться|устал*/устала жить|жить надоело|надоело жить|нет сил жить|сил жить нет',
    'жизнь .. потеряла смысл|жизнь не имеет смысла|прощальн* письм*/записк*|мысли о смерти/самоубийстве|думаю о смерти',
    'всем будет лучше/легче/проще/спокойнее без меня|всем будет лучше/легче/проще .. если меня не станет/будет|если меня не станет|без меня .. будет лучше/легче|не хочу существовать|хочу чтобы меня не было',
    // farewell letters are a warning sign on their own
    'написал*/написала/оставил*/оставила письма/записки .. всем/близким/родным|written/wrote letters to everyone/my',
    'прощаюсь со всеми|попрощаться со всеми|пишет что прощается|прощается со всеми|хочу попрощаться',
    'я/мы наглотал*|я/мы выпил*/выпила .. таблет*|выпил* все/пачку/горсть/упаковку таблет*|выпить их все',
    // intent + means: "думаю прыгнуть", "собираюсь повеситься"
    'думаю/хочу/собираюсь/готов*/решил*/решила прыгнуть/спрыгнуть/шагнуть/повеситься/вскрыться/отравиться',
    'жить .. не собираюсь/буду|не для чего/кого жить|жить не для чего/кого|устал*/устала от жизни|уйти навсегда',
    'последн* ночь/день в жизни|моя последняя ночь|мой последний день',
  ),
  // --- explicit, en
  ...cue(
    'selfHarm',
    'kill myself|killing myself|end my life|end it all|ending it all|take my own life|suicid*|want to die|wanna die',
    'dont want to live|dont want to be alive|no reason to live|nothing to live for|better off dead|better off without me',
    'better off if i .. gone/disappeared/dead|hurt myself|cut myself|harm myself|no point in living|no point going on',
    'goodbye letter*|suicide note|dont want to wake up|tired of living|wont be here tomorrow|take all my pills',
    'nobody would miss me|no longer want to be here|want to end it|want it all to stop|end things|hang myself',
    'slit my wrists|want to disappear|dont want to be here anymore|cant go on living|going to end it|gonna end it',
    'i took .. pills/tablets/bottle|i swallowed .. pills/tablets|ive taken all .. pills/tablets|taken all my pills/tablets|i overdosed|say goodbye to everyone|goodbye everyone',
    'wont be around|not going to be around|wont be alive|dont see a reason to keep going|no reason to keep going',
    'if i was gone|if i were gone|if i wasnt here|если меня не будет|everyone would be better off|world would be better|my last night/day|done with life/living|ending my life',
    'thinking about ending/killing|thinking of ending/killing|думаю о том чтобы уйти/умереть/покончить',
  ),
  // --- hopelessness
  ...cue(
    'despair',
    'не вижу выхода|выхода нет|нет выхода|выхода не вижу|никому .. не нужен/нужна|все кончено|все бессмысленно',
    'ничего .. не хочу|устал*/устала от всего|устал*/устала бороться|нет больше сил|быть обузой|я обуза|всем обуза',
    'не справляюсь|cant cope|i cant cope|nobody would .. notice|никто .. не заметит|я на грани|не вынесу|не выдержу|жизнь разрушена|все потеряно|всё потеряно|потерял* смысл|незачем',
    'все это конец|не могу .. так жить|не могу .. жить так|ненавижу себя|hate myself|не вижу .. смысла|смысла .. не вижу|никто .. не поможет|не могу так жить|зачем я живу|cant live like this',
    'cant keep going|cant go on like this|cant do this anymore|cant take it anymore|cant go on|nothing left|nothing matters|no way out|hopeless',
    'dont see the point|no point anymore|tired of fighting|im a burden|a burden to|given up on everything|ive given up',
  ),
  ...cue(
    'despairWeak',
    'больше не могу|не могу больше|сил больше нет|сил нет|нет сил|зачем .. все это|безнадежн*|не могу так',
    'last message|make it stop|whats the point|cant take this|im done|so tired of everything|pointless|no point',
    'im so tired|я так устал*|я очень устал*',
    'cant stop shaking|cant stop crying|меня трясет|трясет всего|трясет всю|не могу перестать плакать|не могу успокоиться',
  ),
  // --- farewell
  ...cue(
    'farewell',
    'передайте/скажите/напишите/передай/скажи/передать/сказать .. что я .. люблю/любил*/любила',
    'чтобы мама/папа/жена/муж/дети/родные .. знал*/знали .. что я .. люблю/любил*/любила|tell whoever|make sure mum/mom/she/he knows i loved',
    'передайте/скажите/напишите/передай/скажи/передать/сказать .. что люблю/любил*/любила|люблю вас всех',
    'что это из за нее/него/тебя/вас|this is goodbye|i love you all|это прощание',
    'передайте/скажите/напишите/передать/сказать .. что мне жаль|передайте/скажите .. простит*/прощения',
    'простите меня .. мама/папа/родные/все/дети|forgive me mum/mom/dad|простите меня все|простите все|простите всех|прощайте все|последний раз пишу|пишу в последний раз',
    'мой последний звонок/раз/день|последнее сообщение|последний звонок|позаботьтесь о|написал*/написала письма/записки',
    'больше не увидите|больше .. не побеспокою|прощай мир',
    'tell/let .. i love/loved|tell my .. im sorry|tell .. that im sorry|say goodbye|saying goodbye|last goodbye',
    'said my goodbyes|said goodbye to|take care of my|forgive me everyone|wont bother you again|this is my last',
  ),
  ...cue(
    'farewellWeak',
    'прощайте|прощай|простите|простите меня|хотел* чтобы кто то знал|напишите/передайте маме/жене/мужу/детям',
    'wanted someone to know|just wanted to say|goodbye|thanks for everything|спасибо за все|thanks for always',
    'чтобы кто то прочитал/знал/услышал|хотел*/хотела кому то сказать|wanted to tell someone|спасибо что всегда',
  ),
  // --- a decision, an end
  ...cue(
    'finality',
    'я все решил*|я всё решил*|все решил*|решил* уйти|решила уйти|решил* все закончить|приняла/принял решение',
    'сегодня/скоро/завтра все закончится|все закончится|все закончу|закончу все|чтобы все .. закончилось|это конец',
    'уже/больше никому не позвоню/напишу|больше не понадобится|wont need it/this anymore|wont need my phone anymore|все прекратить|чтобы все прекратилось|want everything to stop|want it to stop|make it all stop|уйду навсегда|ухожу навсегда|закончилось навсегда|завтра меня|сегодня ночью все|сегодня/скоро/ночью я уйду',
    'не звоните никому|никому не говорите|не ищите меня|dont look for me|dont call anyone|dont tell anyone|i have a plan|ive got a plan|do it tonight|сделаю это сегодня|у меня есть план|ive decided|i have decided|made up my mind|tonight is the night|its over|this is the end|after tonight|by tomorrow|its time to go',
  ),
  // --- the means at hand
  ...cue(
    'method',
    'таблетк* .. выпил*/выпила/приготовил*/накопил*/наготове|таблетк* .. передо мной|таблетк* .. в руке|с таблетками в руке|выпил*/выпила/наглотал* .. таблет*',
    'прыгну|спрыгну|прыгнуть вниз|веревк*|петлю|бритв*|лезви*',
    'pills .. lined up|lined up .. pills|pills .. counted out|pills .. saved up|stockpiled .. pills|таблетк* .. разложил*/разложила/приготовил*/накопил*|накопил*/накопила таблет*',
    'pills ready|pills in front of me|pills ive been saving|took .. pills|going to jump|gonna jump|jump off|rope|razor',
    'таблетки .. высыпал*|высыпал* .. таблетки|pills .. on the table|poured out .. pills|rifle .. in the truck/car|ружье .. в машине/под рукой',
    'bought .. rope|купил* .. веревку|got the rifle/gun out|достал* ружье/ружьё|таблеток .. хватит|enough pills',
  ),
  ...cue(
    'perch',
    'на крыше|стою на мосту|сижу на мосту|на мосту|на краю|смотрю вниз|на подоконнике|on the roof|on the bridge',
    'on the edge|looking down|on the ledge|roof edge|edge of the roof|на краю крыши/моста/обрыва',
  ),
];
