import { type CrisisEntry, cue } from './crisisFeature';

const OLD_AGE = Array.from({ length: 30 }, (_, i) => 70 + i).join('/');
const MINOR_AGE = '1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16/17';

/** Where the customer is and who is involved: context that turns a predicament into a crisis. */
export const CRISIS_CONTEXT: CrisisEntry[] = [
  ...cue(
    'remote',
    'до ближайшего/ближайшей|в степи|в глуши|глушь|в поле|километр* от|# км от|посреди ничего|никакого жилья',
    'до города/деревни/поселка # км/километр*|вдали от|miles from|km from|nearest town/village|middle of nowhere',
    'in the middle of|remote road|backcountry|wilderness|outback',
  ),
  ...cue(
    'travelPlace',
    'трасс*|шоссе|федералк*|автодорог*|обочин*|кювет*|дорога|дороге|дорогу|зимник*|серпантин*|перевал*|мост|мосту',
    'вокзал*|автовокзал*|станци*|платформ*|полустан*|остановк*|аэропорт*|порт|пристан*|причал*|паром*|пересадк*',
    'за границей|за рубежом|в чужом/другом/незнакомом городе/стране/поселке|на границе|границу|таможн*|консульств*',
    'посольств*|электричк*|поезд*|автобус*|такси|заправк*|в машине|в кабине|лифт*|хостел*|гостиниц*|отел*|общежити*',
    'деревн*|поселк*|поселок|посреди|промзон*|паспорт*|в торговом центре|в толпе|на улице',
    'в грузии/турции/египте/таиланде/тайланде/казахстане/армении/абхазии/китае/вьетнаме/оаэ/дубае/стамбуле/баку',
    'в италии/испании/германии/франции/чехии/польше/финляндии/сербии/израиле/индии/узбекистане/ереване/тбилиси',
    'highway|motorway|freeway|interstate|road|roadside|station|airport|abroad|foreign country|country road|embassy',
    'consulate|border|customs|bus stop|gas station|petrol station|in the car|elevator|lift|boat|shore|ferry|pier',
    'harbour|harbor|hostel|hotel|train|bus|passport|mountain pass|crossing|mall|crowd|festival|on the street',
  ),
  ...cue(
    'naturePlace',
    'лес|леса|лесу|лесом|лесах|лесной|лесная|лесное|лесопарк*|тайг*|горы|горах|гор|в горы|на горе|сопк*|болот*',
    'озер*|река|реке|реку|реки|берег*|море|тундр*|степ*|пустын*|поле|поля|овраг*|ущель*|пещер*|остров*|бору',
    'тропа|тропе|тропу|тропы|маршрут*|поход*|за грибами/ягодами/клюквой/черникой/брусникой/дровами|грибник*',
    'рыбалк*|охот*|на реке|незнакомом месте|незнакомом районе|лыжн*|на лодке|лодк*|на льду|льдин*|байдарк*|каяк*',
    'снегоход*|в парке|парк|на пляже|пляж*|на даче|дачу|даче|протоку|проток*',
    'woods|forest|mountains|mountain|trail|hiking|hike|lake|swamp|mushroom*|camping|river|sea|ice|moors|desert',
    'canyon|gorge|cliff|cave|island|kayak*|canoe|cabin|national park|park|ridge|snow line|beach|bush|field',
    'snowshoeing|skiing|ski',
  ),
  ...cue(
    'child',
    'ребенок|ребенка|ребенку|ребенком|дети|детей|детьми|детям|сын|сына|сыну|сыном|дочь|дочка|дочку|дочке|дочери',
    'дочкой|малыш*|младен*|грудн*|школьни*|первоклассни*|подросток|подростк*|внук|внучка|внука|внучку|мальчик*',
    'девочк*|сыночек|доченька',
    `ему/ей/сыну/дочке/дочери/ребенку/внуку/внучке ${MINOR_AGE} лет/год*|мне ${MINOR_AGE.split('/').slice(12).join('/')} лет`,
    'kid|kids|child|children|son|daughter|baby|toddler|# year old|teen*|boy|girl|infant|newborn|little one',
    `im ${MINOR_AGE.split('/').slice(12).join('/')}|i am ${MINOR_AGE.split('/').slice(12).join('/')}`,
  ),
  ...cue(
    'vulnerablePerson',
    'бабушк*|дедушк*|дед|пожил*|престарел*|деменц*|альцгеймер*|плохо видит|плохо слышит|слеп*|незряч*|инвалид*',
    'колясочни*|плохо ориентир*|путается|забывает|не помнит|пенсионер*|старик*|старушк*|не говорит по русски',
    'плохо говорит по русски|elderly|grandma|granny|grandmother|grandpa|grandad|grandfather|dementia|alzheimer*',
    'disabled|wheelchair|blind|deaf|old man|old woman|old lady|care home|nursing home',
    `is ${OLD_AGE}|hes ${OLD_AGE}|shes ${OLD_AGE}|ему/ей/маме/папе/отцу/матери ${OLD_AGE}|${OLD_AGE} лет|${OLD_AGE} год*`,
    `aged ${OLD_AGE}|${OLD_AGE} years old|mum is ${OLD_AGE}|mom is ${OLD_AGE}|dad is ${OLD_AGE}`,
  ),
  ...cue(
    'person',
    'муж|мужа|мужу|жена|жене|жену|отец|отца|отцу|папа|папу|мама|маму|мать|брат|брата|сестра|сестру|друг|друга',
    'подруга|подругу|подругой|товарищ|напарник*|человек|сосед*|коллег*|он|она|его|ее|они|их|один из нас|водител*',
    'husband|wife|dad|father|mom|mum|mother|brother|sister|friend|he|she|him|her|partner|they|neighbour|neighbor',
  ),
];
