import { type EmotionEntry, emo as e } from './emotionEntry';

/**
 * Anger and frustration, by how people show it to a telecom: outrage words, demands, accusations
 * of theft, "again / the third time", threats to complain or leave, shock at a bill, sarcasm.
 */
export const ANGER_CUES: EmotionEntry[] = [
  ...e(
    'anger',
    1,
    'бесит|бесят|бесишь|выбеш*|взбеш*|бешенств*|безобрази*|возмутит*|возмущ*|издевательств*|издеваетесь',
    'сколько можно|сколько же можно|сколько .. говорить|достали|достало|надоело|надоели|задолбал*|задрал*',
    'обманул*|обманщик*|обман|мошенник*|беспредел*|позор*|хамств*|хамит*|хамят|хамка|хам|бардак*',
    'отврат*|злюсь|злит|разозл*|зол|злой|злая|ненавиж*|ненавид*|жалоб*|жаловаться|роспотребнадзор*|претензи*',
    'прокуратур*|в суд|верните .. деньги|верните .. мои|воруете|ворует|воры|грабеж*|обдира*|кидалово|требую|требуем',
    'какого черта|какого хрена|черт побери|да что ж такое|что за бардак|так дела не делаются|это воровство|воровств*',
    'outrageous|ridiculous|unacceptable|furious|angry|annoyed|annoying|disgusting|disgrace|scam|scammers',
    'sick of|sick and tired|fed up|rip off|ripped off|what the hell|wtf|pathetic|useless|incompetent|hate',
    'money back|unbelievable|theft|stealing|daylight robbery|had enough|enough is enough|i demand|demand a refund',
  ),
  ...e(
    'anger',
    0.8,
    'ужасн* сервис*|ужасн* связь|ужасн* поддержк*|худш*|хуже некуда|в шоке|офигел*|охренел*|куда смотрите',
    'убивает|убийственн*|в могилу|в гроб|умереть не встать|удар .. хватил|убиться можно|жалу*|грабите',
    'ухожу к другому оператору|уйду к другому|перейду к другому|расторг*|чуть .. с ума не сошл*|чуть не сошл* с ума',
    'сердце кровью обливается|хоть стой хоть падай|убейте меня|убиться веником|хоть вешайся|дым из ушей',
    'death of me|lose my mind|killer prices|robbing|dead tired|driving me crazy|heart stopped when|kill me now',
    'switching to another|cancel my contract|im leaving you|could kill for|would kill for|train wreck',
    'switching carriers|switch carriers|or im switching|im switching|bleeding me dry|kill for|gave me a heart attack',
    'сменить/сменю/поменяю оператора|уйду от вас|another network|porting my number|повешусь от|вешаться от',
  ),
  ...e(
    'anger',
    0.7,
    'третий раз|пятый раз|в который раз|десятый раз|по десять раз|каждый раз|убивают|доведете|хватит',
    'worst|terrible|awful|how many times|killing me|nightmare|complaint|lawsuit|sue you|mad|rather die',
    'disaster|third time|third outage|again and again|every single time',
  ),
  ...e(
    'anger',
    0.6,
    'немедленно|кошмар*|жесть|издевает*|невозможно дозвониться|бесконечн*|никто ничего|идиот*|дебил*',
    'из за вас|из за вашего|из за вашей|из за ваших|умру со скуки|умираю от скуки|ваш сервис|ваша поддержка',
    'seriously|because of you|because of your|fix my|fix this|stuck with|are you kidding|you must be joking',
    'im done with|done with this|когда увидел* счет|when i saw the bill|горим по срокам|тону в|сдохну от скуки',
    'dying here|end of the world|конец света|lost my whole|lost all my|stole my|до сих пор нет',
  ),
  ...e(
    'anger',
    0.5,
    'верните|почините|сделайте|поставьте уже|поставьте же|когда поставите|когда уже|когда наконец|уже неделю',
    'второй день|третий день|без объяснения|без предупреждения|так и не|за что я плачу|плачу за .. а|я же плачу',
    'за тариф .. плачу|where is my|fix it|still hasnt|still havent|for a week|build a tower|never arrives',
    'never arrived|never came|still no|on hold for|i pay for|paying for nothing|without any warning|no warning',
  ),
  ...e(
    'anger',
    0.4,
    'опять|снова|блин|черт|безответственн*|сколько ждать|до сих пор не|жду ответа|когда почините|тормозит',
    'вообще нет|нет .. вообще|again|joke|still not|the whole time|buffer*|twice already|not working at all',
    'телефон/интернет/роутер/ноутбук/зарядка .. умер*|phone/internet/router .. died|зачем платить|за что платить',
  ),
];
