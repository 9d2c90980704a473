import type { LexiconEntry } from './lexicon';

export type DraftHintKind =
  | 'acknowledge_feeling'
  | 'address_person'
  | 'next_step'
  | 'time'
  | 'rulebook'
  | 'blame'
  | 'refusal';

export interface DraftEntry extends LexiconEntry {
  k: 'ack' | 'you' | 'step' | 'time' | 'rulebook' | 'blame' | 'refusal';
}

const d = (k: DraftEntry['k'], ...patterns: string[]): DraftEntry[] => patterns.map((p) => ({ p, k }));

/** What a good reply contains, and the phrases that make a customer feel processed rather than heard. */
export const DRAFT_LEXICON: DraftEntry[] = [
  ...d(
    'ack',
    'понимаю|понимаем|представляю|сочувству*|жаль|сожалею|сожалеем|извините|простите|извинени*|неприятн*',
  ),
  ...d(
    'ack',
    'пережива*|волнени*|беспокойств*|раздражени*|возмущени*|можно понять|разделяю|вас понять|тревож*',
  ),
  ...d(
    'ack',
    'обидно|тяжело|не волнуйтесь|не переживайте|не беспокойтесь|все будет хорошо|давайте разберемся|объясню',
  ),
  ...d(
    'ack',
    'i understand|understand|i can imagine|sorry|apologi*|that must be|frustrating|i hear you|dont worry',
  ),
  ...d('ack', 'let me explain|worrying|upsetting|confusing'),
  ...d('you', 'вы|вас|вам|вами|ваш*|you|your|youre|yours'),
  ...d(
    'step',
    'я/мы .. проверю/проверим/оформлю/оформим/подключу/подключим/отправлю/отправим/передам/передадим',
  ),
  ...d(
    'step',
    'я/мы .. создам/создадим/свяжусь/свяжемся/перезвоню/перезвоним/сделаю/сделаем/узнаю/уточню/уточним',
  ),
  ...d(
    'step',
    'я/мы .. направлю/направим/верну/вернем/начислю/начислим/напишу/напишем/зафиксирую/проконтролирую',
  ),
  ...d(
    'step',
    'я/мы .. закажу/закажем/продлю/продлим/активирую/активируем/разблокирую/разблокируем/восстановлю',
  ),
  ...d(
    'step',
    'проверю|проверим|оформлю|оформим|подключу|подключим|отправлю|передам|передадим|перезвоню|перезвоним',
  ),
  ...d('step', 'свяжусь|свяжемся|уточню|уточним|направлю|направим|верну|вернем|начислю|начислим|зафиксирую'),
  ...d(
    'step',
    'уже подключил*/оформил*/отправил*/передал*/начислил*/вернул*/создал*|заявк*|обращени* .. зарегистр*',
  ),
  ...d(
    'step',
    'позвоните|наберите|откройте|нажмите|перейдите|отправьте|перезагрузите|включите|выключите|проверьте',
  ),
  ...d('step', 'пришлите|сообщите|назовите|укажите|подскажите|ответьте|сохраните|оставайтесь|следующ* шаг'),
  ...d('step', 'i will|ill|we will|let me|i have|ive|weve|im going to|next step|please call/dial/open/tap'),
  ...d('step', 'please restart/send/check/reply/share/tell|ive created|ive sent|ive added|ive credited'),
  ...d(
    'time',
    'сегодня|завтра|послезавтра|сейчас|прямо сейчас|немедленно|в течение|до #|через #|# минут*|# час*',
  ),
  ...d(
    'time',
    '# дн*|# рабоч*|# сут*|минут*|час|часа|часов|к вечеру|к утру|к обеду|к концу дня|утром|вечером',
  ),
  ...d('time', 'понедельник*|вторник*|сред*|четверг*|пятниц*|суббот*|воскресень*|на этой неделе|на неделе'),
  ...d('time', 'today|tomorrow|now|right away|within|by #|in # minutes/hours/days|hour|hours|minutes|days'),
  ...d(
    'time',
    'this evening|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|asap|immediately',
  ),
  ...d(
    'rulebook',
    'согласно регламенту|по регламенту|регламент*|в соответствии с правилами|согласно правилам',
  ),
  ...d(
    'rulebook',
    'согласно политике|политик* компании|не положено|не предусмотрено|так положено|правила есть правила',
  ),
  ...d('rulebook', 'такие правила|по правилам компании|инструкци* не позволя*|не имею права|не уполномочен*'),
  ...d(
    'rulebook',
    'according to our/the policy/regulations/rules|company policy|as per policy|as per our policy',
  ),
  ...d(
    'rulebook',
    'per our policy|rules are rules|terms and conditions|not permitted|not authorized|not authorised',
  ),
  ...d('blame', 'вы сами виноваты|сами виноваты|ваша вина|по вашей вине|надо было|нужно было|вы должны были'),
  ...d(
    'blame',
    'вам следовало|не наша проблема|не наши проблемы|ваши проблемы|сами разбирайтесь|читать надо',
  ),
  ...d('blame', 'внимательнее надо|your fault|you should have|you shouldve|not our problem|your problem'),
  ...d('blame', 'you failed to|you didnt read|you should read'),
  ...d(
    'refusal',
    'ничем не можем/могу помочь|ничем помочь не можем/могу|помочь не можем|это невозможно|никак не можем',
  ),
  ...d(
    'refusal',
    'мы не можем ничего|не можем ничего сделать|ничего не можем сделать|отказано|ничего не поделаешь',
  ),
  ...d(
    'refusal',
    'we cant help|cannot help|cant help you|theres nothing we can do|nothing i can do|unable to help',
  ),
  ...d('refusal', 'not possible|we are unable|were unable|nothing can be done'),
];
