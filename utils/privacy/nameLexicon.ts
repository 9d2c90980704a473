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
    // Other names common among customers in Russia
    'азат айдар алишер альберт амир ахмед бахтияр гусейн джамал ильдар ильнур камиль магомед марат нурлан равиль ренат рустам салават шамиль эльдар айгуль алия гульнара динара зарина лейла луиза эльвира',
    // English
    'john james robert michael william david richard joseph thomas charles daniel matthew anthony mark paul steven andrew peter george edward kevin brian jason ryan jack oliver harry emma olivia sophia isabella mia charlotte amelia emily elizabeth mary sarah jessica jennifer linda susan karen nancy lisa anna laura kate helen alice',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Capitalised words that follow a name cue without being a name: greetings, pronouns, the
 * brand and tariff words. Lower case.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  'здравствуйте добрый доброе доброй спасибо привет пожалуйста извините простите сигнал signal mobile тариф мой моя моё мое мне меня я вы вас ваш ваша он она они это не да нет хорошо оператор абонент клиент hello hi thanks thank sorry not the a an and is it please yes no ok support operator customer client service январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(
    ' ',
  ),
);
