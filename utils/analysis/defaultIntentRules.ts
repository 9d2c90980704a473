import { type IntentRule, type IntentRuleInput, intentRuleSchema } from './intentRule';

const RULES: IntentRuleInput[] = [
  {
    id: 'transfer_delayed',
    title: { ru: 'Перевод задерживается', en: 'Transfer delayed' },
    patterns: [
      'перевод* .. идет/идут .. недел*|перевод* .. до недели|может занять до недели|займет .. недел*',
      'деньги/перевод*/платеж* .. не пришл*/пришли/пришел/дошл*/дошел/зачисл*/поступил*/поступили',
      'перевод* .. так и не|деньги .. так и не|перевод* завис*|завис* перевод*|перевод* застрял*|застрял* перевод*',
      'где мой перевод|где перевод|где деньги|где мои деньги',
      'transfer .. hasnt arrived/come|money .. hasnt arrived/come|transfer .. stuck|where is my money/transfer',
      'transfer .. still|money .. still not|up to a week',
      'перевод*|перевел*|перевела|transfer* & недел*|сутк*|дня|дней|week*|days',
    ],
  },
  {
    id: 'lost_contact',
    title: { ru: 'Потерял связь с человеком', en: 'Lost contact with a person' },
    patterns: [
      'потерял*/потеряли связь с|потерялись с .. друг*/подруг*/брат*/сестр*|связь .. с другом/сослуживцем/братом',
      'найти .. друг*/человека/сослуживц*/однополчан*/одноклассник*/брата/сестру|разыскать|разыскиваю|отыскать',
      'ищу .. друг*/человека/сослуживц*/брата/сестру|сослуживц*|однополчан*|служили вместе|по армии',
      'lost touch|find .. friend|find a person|looking for .. friend|army friend|old friend',
    ],
    negative: ['нет связи|пропала связь'],
  },
  {
    id: 'blacklist',
    title: { ru: 'Чёрный список, просьба передать', en: 'Blacklisted, message to pass on' },
    patterns: [
      'черн* список/списке/списка/списку/списком|чс|заблокировал* .. мой номер|заблокировала меня|кинула в блок|в блоке|внесла в черн*',
      'передайте .. извинени*|передать .. извинени*|передайте .. что .. прости*|передайте ей|передайте ему',
      'blacklist*|blocked my number|blocked me|pass on .. apolog*|tell her .. sorry',
    ],
  },
  {
    id: 'personal_sms',
    title: { ru: 'Личное СМС от оператора', en: 'Personal SMS' },
    patterns: [
      'отправ*/пошл*/напиш* .. смс/sms/сообщени*|смс .. от меня|предложени* руки и сердца|сделать предложение',
      'выйти за меня|красив* .. смс|смс .. красив*|send .. sms/text/message|marriage proposal|propose|will you marry',
    ],
    negative: ['не приход*|не пришл*|не приш*|код*|спам*|рассылк*|отключите|отписаться|stop sending'],
  },
  {
    id: 'coverage',
    title: { ru: 'Нет связи / покрытие', en: 'Coverage' },
    patterns: [
      'нет связи|связи нет|без связи|не лов*|плохо лов*|покрыти*|вышк*|нет сети|сеть пропадает|связь пропадает',
      'пропадает связь|пропала связь|плохая связь|слабый сигнал|нет сигнала|связь .. нулев*|связь еле|обрывается',
      'no signal|no coverage|coverage|bad reception|no reception|dropped calls|calls drop|weak signal|cell tower',
    ],
    negative: ['потерял*/потеряли связь с'],
  },
  {
    id: 'promised_payment',
    title: { ru: 'Обещанный платёж', en: 'Promised payment' },
    patterns: [
      'обещанн* платеж*|доверительн* платеж*|в долг|кредит доверия|нулев* баланс*|ноль на балансе/счету',
      'баланс .. ноль/нулев*/минус*/отрицательн*|минус на балансе/счету|в минусе|на нуле|на балансе ноль',
      'promised payment|zero balance|negative balance|out of credit|credit line',
    ],
  },
  {
    id: 'tariff_question',
    title: { ru: 'Вопрос о тарифе', en: 'Tariff question' },
    patterns: [
      'тариф*|абонентск* плат*|пакет* минут|безлимит*|tariff*|plan|plans|unlimited|subscription fee',
    ],
    weight: 0.8,
  },
  {
    id: 'balance',
    title: { ru: 'Баланс и списания', en: 'Balance and charges' },
    patterns: [
      'баланс*|сколько .. на счету|списал*|списани*|пополн*|остаток|детализаци*|абонентк*',
      'balance|top up|charged|charge|how much .. left',
    ],
    weight: 0.8,
  },
  {
    id: 'roaming',
    title: { ru: 'Роуминг и поездки', en: 'Roaming and travel' },
    patterns: [
      'роуминг*|за границ*|за рубеж*|в другой стране|в турци*/египт*/грузи*/казахстан*/таиланд*/абхази*',
      'abroad|roaming|travel* to|going to turkey/egypt/georgia/thailand',
    ],
  },
];

/** The intents Sufler knows without any pack; packs add or override rules by id. */
export const DEFAULT_INTENT_RULES: IntentRule[] = RULES.map((r) => intentRuleSchema.parse(r));
