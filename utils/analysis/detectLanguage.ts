import { tokenize } from './tokenize';

export type Language = 'ru' | 'en' | 'other';

// The first letter decides the script of a word (tokens are single-script in practice).
const isCyrillic = (w: string) => {
  const c = w.charCodeAt(0);
  return c >= 0x400 && c <= 0x52f;
};
const isLatin = (w: string) => {
  const c = w.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0x24f);
};
// Letters Russian does not use: Ukrainian, Belarusian, Kazakh, Serbian…
const NON_RUSSIAN_CYRILLIC = /[іїєґўқғүұһөәңјљњђћџ]/iu;

const RU_STOP = new Set(
  'и в во не на я мы вы он она они что как это у меня мне с со по за от до из к ко а но же ли бы уже ещё еще так все всё мой моя мои ваш ваша вас вам нет да или если когда где почему только очень можно здравствуйте спасибо пожалуйста'.split(
    ' ',
  ),
);
const EN_STOP = new Set(
  'the a an and or but is are was were be been i im you your we our my me it its this that to of in on at for with not no do does dont did can cant have has had will would please hi hello thanks thank what why how where when'.split(
    ' ',
  ),
);
// Russian typed in Latin letters ("privet, u menya ne rabotaet") is still Russian to the operator.
const TRANSLIT_STOP = new Set(
  'privet u menya mne ne net da kak chto pochemu spasibo pozhaluysta pojaluista pozhalujsta zdravstvuyte eto vy vas vam ya my gde kogda rabotaet nuzhno mozhno'.split(
    ' ',
  ),
);
// Common function words of other Latin-script languages, so Spanish or German is not called English.
const OTHER_LATIN_STOP = new Set(
  'der die das und ist nicht ich el los las que es por una para con le les est une pas je et il di che non sono'.split(
    ' ',
  ),
);

/**
 * Language of a message from its script and function words. Mixed messages ("Hi, у меня не работает
 * roaming") go to the language most of their words are written in, with function words counting double.
 */
export function detectLanguage(text: string): Language {
  let ruScore = 0;
  let enScore = 0;
  let translit = 0;
  let otherLatin = 0;
  let cyrWords = 0;
  let nonRussian = 0;
  let englishStops = 0;
  for (const t of tokenize(text)) {
    const w = t.norm;
    if (isCyrillic(w)) {
      cyrWords++;
      if (NON_RUSSIAN_CYRILLIC.test(w)) nonRussian++;
      ruScore += RU_STOP.has(w) ? 3 : 1;
    } else if (isLatin(w)) {
      if (EN_STOP.has(w)) {
        enScore += 3;
        englishStops++;
      } else enScore += 1;
      if (TRANSLIT_STOP.has(w)) translit++;
      if (OTHER_LATIN_STOP.has(w)) otherLatin++;
    }
  }
  if (ruScore === 0 && enScore === 0) return 'other';
  if (ruScore >= enScore) {
    return nonRussian > 0 && nonRussian * 3 >= cyrWords ? 'other' : 'ru';
  }
  // Latin script: English, transliterated Russian, or another language.
  if (translit >= 2 && translit > englishStops) return 'ru';
  if (otherLatin >= 2 && otherLatin > englishStops) return 'other';
  return 'en';
}
