/**
 * Common first names, lower case, nominative. A weak cue ("это …", "I'm …") counts as a name
 * introduction only when the next word is one of these; strong cues ("меня зовут") accept any
 * capitalised word.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [
    // Russian, male
    'александр алексей анатолий андрей антон аркадий арсений артём артем артур богдан борис вадим валентин валерий василий виктор виталий владимир владислав всеволод вячеслав геннадий георгий герман глеб григорий давид даниил данил денис дмитрий евгений егор ефим захар иван игнат игорь илья кирилл константин лев леонид макар максим марк матвей михаил никита николай олег павел пётр петр платон родион роман руслан савелий святослав семён семен сергей станислав степан тимофей тимур фёдор федор филипп эдуард юрий яков ярослав',
    // Russian, female
    'агата александра алина алиса алла алёна алена анастасия ангелина анна антонина арина валентина валерия варвара вера вероника виктория галина дарья диана ева евгения екатерина елена елизавета жанна зинаида злата зоя инна ирина кира клавдия кристина ксения лариса лидия лилия любовь людмила маргарита марина мария милана надежда наталья наталия нина оксана олеся ольга полина раиса светлана снежана софия софья стефания таисия тамара татьяна ульяна эвелина элина юлия яна ярослава',
    // Short and everyday forms people use to introduce themselves
    'саша алёша алеша андрюша ваня вова володя гоша дима женя коля костя лёша леша миша паша петя серёжа сережа слава толя юра маша даша катя лена настя оля наташа света таня юля галя люда надя аня ира',
    // Russian, less common
    'вениамин всеволод гавриил демид добрыня елисей емельян ерофей илларион кузьма лука мирон назар нестор прохор роберт семён тихон трофим фома эмиль эрик ян майя ника роза стелла эльза',
    // Other names common among customers in Russia: Tatar, Bashkir, Caucasus
    'азат айдар айрат алишер альберт амир ахмед бахтияр булат гусейн джамал заур ильдар ильнур ильшат камиль магомед марат мурат нурлан радик равиль рамиль ренат ринат рустам салават тагир фарид хасан шамиль эльдар айгуль алия альфия гульнара гульшат динара зарина зульфия лейла ляйсан луиза патимат эльвира эльмира',
    // Kazakh, Kyrgyz, Uzbek, Tajik
    'азамат айбек алихан арман асхат бауыржан болат даурен дархан ержан ерлан ерболат жандос кайрат нурсултан санжар серик талгат айгерим айжан аружан асель ботагоз жанар жулдыз камила куралай меруерт сауле бобур джамшид дилшод жасур отабек сардор улугбек фарход шерзод дильноза гулнора мадина нигора феруза шахноза',
    // Armenian, Georgian, Azerbaijani
    'акоп арам армен арсен ашот ваган вардан гагик гарик карен левон нарек рубен самвел саркис сурен тигран анаит арпине гаяне карине лусине нарине сирануш асмик мариам вахтанг гиви зураб ираклий леван нодар тамаз нино кетеван манана вугар ильхам рашад фуад эльчин айтен нигяр севиль',
    // Ukrainian and Belarusian forms
    'андрий василь мыкола микола олесь орест остап павло петро тарас ганна мирослава наталка олена соломия ярина',
    // English, and Russian names as they are transliterated in English messages
    'john james robert michael william david richard joseph thomas charles daniel matthew anthony paul steven andrew peter george edward kevin brian jason ryan oliver harry henry alex adam ben chris eric luke nick sam simon tim tom tony emma olivia sophia sophie isabella mia charlotte amelia emily elizabeth mary sarah jessica jennifer linda susan karen nancy lisa anna laura kate helen alice claire hannah julia lucy megan natalie rachel rebecca hans klaus stefan pierre marie dmitry dmitri sergey sergei alexey alexei alexander andrey andrei nikolay mikhail vladimir yuri igor oleg maxim artem pavel ivan olga elena irina tatiana svetlana ekaterina maria anastasia natalia natalya ksenia yulia daria natasha masha sasha katya',
    // Russian names as they are transliterated in English messages, more spellings
    'oksana yuriy yury yurii fedor fyodor kirill darya dasha konstantin tatyana evgeny evgeniy evgenia lyudmila ludmila galina valentina nadezhda denis anton timur ruslan artur vadim vitaly vitaliy boris egor yegor ilya nikita gleb stanislav vladislav viktor victor vasily grigory marina alina polina veronika kristina valeria alla inna nina zoya lidia tamara larisa zarina aigul dinara madina kamila aliya rustam marat farid ahmad',
    // Other foreign customers: Turkish, Arabic, German, Italian, Spanish, French
    'ayşe ayse emre mehmet burak zeynep fatma fatima ahmed ahmet hassan mustafa elif murat ömer omer hüseyin huseyin yusuf ibrahim omar leyla kemal selin deniz lena lukas jonas felix marco luca lucia giulia francesca giuseppe antonio carlos juan jose ana pablo diego chloe zoe ella lily ava noah liam ethan lucas jacob matthias jürgen juergen wolfgang sabine ulrike katrin anke monika françois francois jean louis camille amélie amelie',
    // Nicknames and diminutives friends and relatives are called by ("Саня", "брат Лёхи",
    // "у Серёги"); case forms come from firstNameBase ("Коляна", "Женька")
    'саня санёк санек шурик лёха леха лёшка серёга серега серёжка колян колька димон димка танюха танька женёк женек женька вася васёк ванёк ванек ванька вован вовчик толик тёма рома петруха федя гриша кеша сеня славик стасик юрик люба любаша валя зина тоня соня ася катюха маринка наташка светка иришка ленка оленька',
    // Yakut, Tatar and Bashkir, Chechen and Dagestani, Tajik, Kyrgyz, Jewish
    'айаал айсен айтал эрчим мичил сардаана туйаара айыына нюргуяна гульназ гузель алсу ильназ ильдус ильгиз ришат рифат рашит фаиль хадижат аминат асият зарема хава саида заира умар муслим ахмат рамзан гаджи расул мурад абдулла хабиб фаррух фирдавс бахром далер зафар сухроб манучехр тахмина мехрона бакыт нурбек чынгыз бектур эрлан айпери бермет гульзат нургуль рахиль ревекка сара эстер',
    'gulzat farhod farrukh bakyt aigerim azamat dilshod jasur bahrom firdavs nurbek bakhtiyor davron ilkhom ulugbek sherzod',
    // Uzbek spellings with "ё" and Armenian names in Latin script
    'бахтиёр даврон ильхом arsen tigran armen ashot gevorg narek',
    // More English first names, for "First Middle Last" and middle initials
    'patrick sean seamus ian scott gary larry jeffrey raymond gregory ronald timothy jonathan nathan samuel benjamin patricia barbara margaret betty dorothy sandra ashley kimberly donna michelle carol amanda melissa deborah stephanie sharon cynthia kathleen amy angela brenda pamela nicole samantha katherine catherine christine janet julie joyce heather diane anne lynn liam kate',
    // Latvian, Lithuanian, Estonian, Polish, Cyrillic and Latin ("Берзиньш Янис", "Тамм Эве")
    'янис андрис айварс илзе рута томас марек эве мартин юрис улдис гинтарас витаутас миндаугас кристапс мартиньш эдгарс лайма байба дайга айя кадри кайе тийу тоомас пеэтер janis jānis andris aivars ilze ruta tomas marek eve martin juris uldis gintaras vytautas mindaugas kristaps edgars laima baiba kadri tiiu toomas peeter',
    // Names that are also ordinary words (WORD_NAMES below)
    'вера надежда любовь лев роза слава лилия will hope grace faith rose mark jack frank bill',
  ]
    .join(' ')
    .split(' '),
);

/**
 * First names that are also ordinary words ("Надежда только на вас", "Will the refund arrive?",
 * "name will be"). They count as names only next to a surname or patronymic, after a name cue,
 * and capitalised; never on their own as a signature, never in lower case.
 */
export const WORD_NAMES: ReadonlySet<string> = new Set(
  'вера надежда любовь лев роза слава лилия майя ника will hope grace faith rose mark jack frank bill'.split(
    ' ',
  ),
);

/**
 * Capitalised words that follow a name cue without being a name: greetings, pronouns, the
 * brand and tariff words. Lower case.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  [
    'mr mrs ms miss dr sir madam bye cheers regards best kind sincerely',
    'здравствуйте добрый доброе доброй спасибо привет пожалуйста извините простите уважаемая уважаемый поддержка сигнал сигнала сигналу сигнале тариф безлимит семья мой моя моё мое мне меня я вы вас ваш ваша он она они это не да нет хорошо оператор абонент клиент ип ооо зао пао ао',
    'hello hi dear good morning afternoon evening thanks thank sorry not the a an and is it my your our please yes no ok support team operator customer client service signal mobile tariff plan unlimited smart plus premium hotline refund order ticket account bank card sim',
    'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь января февраля марта апреля мая июня июля августа сентября октября ноября декабря понедельник вторник среда четверг пятница суббота воскресенье',
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Korean and Chinese surnames of Russian citizens ("Пак Елена Юрьевна", "Тен Ирина", "Чжан
 * Вэй", "Li Wei"): no Russian surname ending marks them, so they are listed. Lower case.
 */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(
  'пак ли ким тен цой тян хан огай когай шин югай хегай чжан ван лю чен чэнь хуан чжао park kim lee li tsoi tsoy choi zhang wang liu chen huang zhao'.split(
    ' ',
  ),
);

/** Chinese given names written after such a surname ("Чжан Вэй", "Li Wei"). Lower case. */
export const EAST_ASIAN_GIVEN: ReadonlySet<string> = new Set(
  'вэй вей мин лэй хуа цзюнь янь лин сяо юй wei ming lei hua jun yan ling xiao yu'.split(' '),
);

/**
 * Voice assistants answer to first names ("Алиса", "Маруся"): in a message about a smart
 * speaker or an assistant the name is the device's. Lower case.
 */
export const VOICE_ASSISTANTS: ReadonlySet<string> = new Set(['алиса', 'маруся', 'siri', 'alexa']);
export const ASSISTANT_CONTEXT =
  /колонк|станци|умн(?:ый|ая|ого|ой|ую|ом)(?![а-яё])|голосов|ассистент|яндекс|капсул|speaker|assistant/i;

/** Whether `base` names a voice assistant in this text. */
export function isAssistantName(base: string, text: string): boolean {
  return VOICE_ASSISTANTS.has(base) && ASSISTANT_CONTEXT.test(text);
}
