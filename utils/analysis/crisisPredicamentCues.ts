import { type CrisisEntry, cue } from './crisisFeature';

/** Being lost, missing, stuck or without means, and the danger signs around a child. */
export const CRISIS_PREDICAMENT_CUES: CrisisEntry[] = [
  ...cue(
    'lost',
    'заблуд*|заплутал*|блуждаем|блужда*|потерялись|потерялся|потерялась|ходим/ходили/кружим кругами',
  ),
  ...cue(
    'lost',
    'не знаю/знаем/понимаю/понимаем/знает/понимает где я/мы/он/она/они|где мы находимся|где находимся',
  ),
  ...cue('lost', 'не понимает/понимаю/понимаем/знает где находит*|не можем/могу/может выйти/выбраться из'),
  ...cue(
    'lost',
    'не можем/могу/может найти дорогу/выход/тропу/обратную|потерял*/потеряли ориентир*/дорогу/тропу/направление',
  ),
  ...cue(
    'lost',
    'сбились/сбился/сбилась с|вышли непонятно куда|не знаем куда идти|не знаю куда идти|куда мы/я зашли/забрели',
  ),
  ...cue(
    'lost',
    'где я не знаю|где мы не знаем|отстал*/отбил*/потерял* от группы|потеряли группу|свернули не туда',
  ),
  ...cue(
    'lost',
    'are lost|were lost|got lost|im lost|lost in the woods/forest/mountains|dont know where we/i',
  ),
  ...cue(
    'lost',
    'no idea where i/we|cant find our/my way|cant find the trail/way/road|trail .. disappeared|lost our way',
  ),
  ...cue(
    'lost',
    'найти/определить/понять где мы|дороги не видно|не видно дороги|отбил* от своих|потеряли друг друга',
  ),
  ...cue(
    'lost',
    'не можем найти друг друга|wrong turn|cant find the others|cant find each other|no path|split up',
  ),
  ...cue(
    'lost',
    'lost my way|walking in circles|going in circles|separated from our/my/the group|lost the trail',
  ),
  ...cue(
    'missing',
    'не вернулся|не вернулась|не вернулись|не пришел домой|не пришла домой|пропал|пропала|пропали',
  ),
  ...cue(
    'missing',
    'не ночевал*|ушел из дома|ушла из дома|сбежал* из дома|не можем его/ее найти|не можем найти его/ее',
  ),
  ...cue(
    'missing',
    'hasnt come back|hasnt come home|didnt come home|didnt come back|is missing|went missing|wandered off',
  ),
  ...cue('missing', 'hasnt returned|cant find him/her|never came home|never came back|ran away'),
  ...cue(
    'missingWeak',
    'до сих пор нет|все еще нет|до сих пор не пришел/пришла/вернул*|still not back|still not home',
  ),
  ...cue(
    'stuck',
    'застрял*|застряли|заглох*|не заводит*|сломал*|пробил* колесо|колесо пробил*|спустил* колесо',
  ),
  ...cue(
    'stuck',
    'в кювет*|кончил*/закончил* бензин/солярка/топливо|бензин/солярка/топливо .. кончил*/закончил*',
  ),
  ...cue(
    'stuck',
    'замело|занесло|не можем уехать|не на чем уехать|последний автобус ушел|ушел последний|высадил*',
  ),
  ...cue(
    'stuck',
    'рейс отменил*|отменили рейс|перевал закрыл*|закрыли перевал|дорогу перекрыли|перекрыли дорогу',
  ),
  ...cue(
    'stuck',
    'дорогу закрыли|закрыли дорогу|встал/встала/встали на трассе/дороге|аккумулятор сдох|сел аккумулятор',
  ),
  ...cue(
    'stuck',
    'бензобак пуст*|бак пуст*|не могу/можем выехать|опоздал* на пересадку/поезд/рейс/автобус|отнесло|унесло',
  ),
  ...cue(
    'stuck',
    'stuck|broke down|broken down|wont start|flat tire/tyre|ran out of gas/fuel/petrol|snowed in|trapped',
  ),
  ...cue(
    'stuck',
    'missed the last|missed my connection|flight cancelled/canceled|engine died|car died|slid into',
  ),
  ...cue('strandedStrong', 'stranded|отстал* от поезда|выгнали из поезда/автобуса|kicked off the|на льдине'),
  ...cue('strandedStrong', 'отнесло/унесло от берега|drifting away|adrift'),
  ...cue(
    'noMeans',
    'без денег|нет денег|денег .. нет|денег ноль|ни копейки|без копейки|ни рубля|деньги .. кончил*/закончил*',
  ),
  ...cue(
    'noMeans',
    'кончились деньги|баланс .. ноль/нулев*/минус*/отрицательн*|ноль/нулем на счету/балансе|нулев* баланс*',
  ),
  ...cue(
    'noMeans',
    'на балансе ноль|минус на счету/балансе|в минусе|отрицательн* баланс*|на нуле|на телефоне ноль',
  ),
  ...cue(
    'noMeans',
    'на телефоне # руб*|на счету/счете/балансе пусто|сел телефон|телефон .. сел|телефон .. садится',
  ),
  ...cue(
    'noMeans',
    'телефон .. сядет|садится телефон|телефоны садятся|батаре* садится|на последнем издыхании',
  ),
  ...cue(
    'noMeans',
    'телефон/заряд*/батаре*/зарядк* .. # %|телефон/заряд*/батаре* .. # процент*|разряжен*|на исходе',
  ),
  ...cue(
    'noMeans',
    'украли|украден*|ограбили|карту заблокировали|карта не проходит|наличных нет|нет наличных',
  ),
  ...cue(
    'noMeans',
    'на счете нет|деньги остались|вещи и деньги|no money|zero balance|no credit|out of credit|out of money',
  ),
  ...cue(
    'noMeans',
    'negative balance|phone is dying|phone is about to die|battery is dying|battery .. low|battery .. at #',
  ),
  ...cue(
    'noMeans',
    'wallet .. stolen|bag .. stolen|stolen wallet|lost my wallet|lost my passport|no money left',
  ),
  ...cue(
    'noMeans',
    'вытащили|стащили|украли/потерял*/вытащили кошел*/паспорт*/документ*|звоню с чужого|уходит в минус',
  ),
  ...cue('noMeans', 'заблокировал* карт*|stolen|cut off|cards .. blocked|cant pay'),
  ...cue('noMeans', 'phone is almost dead|phone is dead|dead phone|card .. declined|robbed'),
  ...cue(
    'noSignal',
    'нет связи|без связи|связи нет|связи почти нет|связь пропадает|связь .. пропадает|связь обрывается',
  ),
  ...cue('noSignal', 'не ловит|связь еле|связь через раз|вне зоны|no signal|cant get a signal|no reception'),
  ...cue('noSignal', 'связь на одну палку|одна палка|line keeps dropping|signal keeps dropping|out of range'),
  ...cue(
    'childDanger',
    'заперт*|закрыл* в машине|закрылся|закрылась|бьют|избил*|обижают|угрожа*|похитил*|похищ*',
  ),
  ...cue(
    'childDanger',
    'преследует|пристает|кто то увез*/увел*|незнаком* мужчин*/человек*/женщин*/тип*|пожар|fire|locked in|beaten|kidnap*|abduct*',
  ),
  ...cue(
    'childDanger',
    'stranger|following her/him|took her/him|shes/hes/she/he .. scared|cant leave|leave but cant|не может уйти|не отпускают',
  ),
  ...cue('childDanger', 'не выпускают|ей/ему страшно|она/он боится|с незнакомыми|с незнакомым|с чужими'),
  ...cue(
    'unreachable',
    'не берет трубку|не отвечает|не отзывается|телефон выключен|телефоны выключены|недоступен',
  ),
  ...cue('unreachable', 'не выходит на связь|больше не отвечает|isnt answering|not answering|wont pick up'),
  ...cue(
    'unreachable',
    'straight to voicemail|phone is off|phone off|isnt responding|not responding|no answer',
  ),
  // Third blind round: present tenses and free word order.
  ...cue('missing', 'не возвращается|не возвращаются|не возвращается домой|still hasnt come back|isnt back'),
  ...cue('stuck', 'выбраться/выйти/выехать/вернуться .. не можем/могу|не можем/могу вернуться|провалил*'),
  ...cue('stuck', 'бензин*/солярк*/топлив* .. конча*/законч*|нет бензина|дорогу размыло|размыло дорогу'),
  ...cue('stuck', 'машина/фура/автобус/поезд .. встал*|стоим/стою в колонне|broken down train|broken-down'),
  ...cue('stuck', 'не пустили в/на самолет/рейс/поезд/автобус|не посадили|denied boarding'),
  ...cue('noMeans', 'обокрали|нет ни денег|ни денег|ни документов|без документов|no water'),
  // Vocabulary by concept (synonyms the examples did not use), not by example.
  ...cue(
    'lost',
    'не знаю/знаем куда .. идти/ехать|не понимаю/понимаем куда идти|вокруг никого|навигатор не работает',
  ),
  ...cue(
    'lost',
    'gps .. not working|no idea how to get back|cant find the car/camp/road/path|dont know how to get back',
  ),
  ...cue('lost', 'не можем/могу найти машину/лагерь/стоянку/палатку|вышли не туда|свернули не туда|кружим'),
  ...cue(
    'missing',
    'исчез|исчезла|исчезли|не пришел из школы/садика/сада|не пришла из школы|ищем его/ее|ищут его/ее',
  ),
  ...cue(
    'missing',
    'лиза алерт|волонтер*|поисков* отряд*|поиски|в розыск|заявление о пропаже|disappeared|vanished',
  ),
  ...cue('missing', 'search party|reported missing|not come home|not back yet'),
  ...cue(
    'stuck',
    'завяз*|увяз*|буксу*|забуксовал*|засели|сели в грязь|машина не едет|не можем сдвинуться|не можем проехать',
  ),
  ...cue(
    'stuck',
    'аккумулятор .. сел|разрядился аккумулятор|закрыли трассу|трассу закрыли|отменили поезд/автобус/паром',
  ),
  ...cue(
    'stuck',
    'опоздал* на последн*|уехал* без меня|бросили на трассе|оставили одн*|bogged down|road closed',
  ),
  ...cue('stuck', 'left behind|left without me|dead battery|car battery .. dead'),
  ...cue(
    'noMeans',
    'последние деньги|не на что купить|не на что уехать|не на что|разрядился|нет зарядки|без зарядки',
  ),
  ...cue(
    'noMeans',
    'не могу позвонить|позвонить не могу|карта не работает|pickpocket*|no cash|no charger|cant call',
  ),
  ...cue('noMeans', 'нет еды|еда кончилась|еда заканчивается|вода кончилась|нет воды|no food|out of water'),
  ...cue('lost', 'не можем/могу выйти/выбраться/дойти к/на/до|куда ни пойдем|куда ни идем|cant get back to'),
  ...cue('missing', 'не открывает дверь|не открывает|hasnt opened the door|not opening the door'),
  ...cue('noMeans', 'без воды|без еды|without water|without food'),
];
