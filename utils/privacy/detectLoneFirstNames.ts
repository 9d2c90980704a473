import { firstNameBase } from './firstNameBase';
import { isLetter, LETTER, LOWER, UPPER } from './letters';
import { NOT_NAMES, WORD_NAMES } from './nameLexicon';
import { isFirstName } from './nameWords';
import { normalizeName } from './normalizeName';
import type { PiiCandidate } from './piiTypes';

export const LONE_NAME_PRIORITY = 2;

// One capitalised word (no inner capitals: the lexicon holds none).
const CAPITAL_WORD = new RegExp(`[${UPPER}][${LOWER}]+`, 'g');
const SENTENCE_END = /[.!?…\n]/;
// "в Софии", "из Владимира", "in Victoria": after these a name in the lexicon is a place.
const PLACE_PREPOSITION = /(?:^|[^a-zа-яё])(?:в|во|из|in)[ \u00a0]+$/i;
// After a first name opening a sentence, a word that makes it the subject: a verb by its ending
// ("звонила", "хочет", "согласится") or a word that comes between subject and verb.
const VERB = /(?:л|ла|ло|ли|лся|лась|лись|ет|ёт|ит|ут|ют|ат|ят|ется|ится|утся|ются)$/;
const BEFORE_VERB = new Set(
  'тоже также уже не ещё еще сейчас мне нам из сама сам сказала сказал согласна согласен против просит хочет может is was has had will would can could said says asked wants called also too'.split(
    ' ',
  ),
);
// "договор заключён с Волковым", "разговаривала с Петровой": a surname in the instrumental after
// "с" is a person when the sentence is about a contract or a conversation.
const WITH_SURNAME = new RegExp(
  `(?:^|[^${LETTER}])[сС]о? ([${UPPER}][${LOWER}]+(?:ов|ев|ёв|ин|ын)(?:ым|ой))(?![${LOWER}])`,
  'g',
);
// "у Кузнецовой сим-карта…", "на Петрову вроде, он оформлял", "на Петрова, это муж мой": a
// surname after "у", "на", "с" is the person a contract or number belongs to when the sentence
// speaks of one, unless a street word is near ("на Петрова, это улица").
const PREPOSITION_SURNAME = new RegExp(
  `(?:^|[^${LETTER}])(?:[уУ]|[нН]а|[сС]о?) ([${UPPER}][${LOWER}]+(?:ов|ев|ёв|ин|ын)(?:а|у|ой|ым)?)(?![${LETTER}])`,
  'g',
);
const OWNER_CONTEXT =
  /(?:^|[^а-яё])(?:договор(?!ил)|оформл|переоформ|заключ|сим|номер|муж|жен[аеуы]|брат|сестр|мам|пап|сын|доч|св[её]кр|т[её]щ)/;
const STREET_WORDS =
  /(?:^|[^а-яё])(?:улиц|ул(?![а-яё])|ул\.|проспект|пр-т|переул|бульвар|площад|шоссе|набережн|дом(?![а-яё])|д\.|кв\.|метро|станци|остановк|живу|адрес|прописк)/;
const SENTENCE_REACH = 80;
const SENTENCE_BREAK = /[!?\n]|(?<!(?:^|[^а-яё])(?:д|ул|кв|пр|г))\./;
// Not "встретиться", "связь": "встретиться с Луговой" may be a street.
const PERSON_CONTEXT =
  /(?:^|[^а-яё])(?:договор(?!ил)|заключ|(?:пере)?оформл|разговарив|поговор|говорил|общал|созвон|переписыв)/;

/** Whether `index` opens a sentence: only spaces, quotes or brackets back to its end or the text start. */
function opensSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[ \t>«"'(]/.test(text.charAt(i))) i--;
  return i < 0 || SENTENCE_END.test(text.charAt(i));
}

/** The lower-case word after `end`, if a single space separates it. */
function nextWord(text: string, end: number): string {
  if (text[end] !== ' ') return '';
  const m = /^[a-zа-яё]+/.exec(text.slice(end + 1, end + 24));
  return m?.[0] ?? '';
}

function lonePlainName(text: string, start: number, word: string): boolean {
  const lower = word.toLowerCase();
  const base = firstNameBase(lower);
  if (base === undefined || WORD_NAMES.has(base) || NOT_NAMES.has(lower)) return false;
  if (!opensSentence(text, start)) {
    return !PLACE_PREPOSITION.test(text.slice(Math.max(0, start - 5), start));
  }
  // At a sentence start any word is capitalised: only a nominative name before a verb.
  if (base !== lower) return false;
  const next = nextWord(text, start + word.length);
  return next !== '' && (BEFORE_VERB.has(next) || (/^[а-яё]/.test(next) && VERB.test(next)));
}

/** The sentence around [start, end), up to 80 characters each side, the surname itself left out. */
function sentenceAround(text: string, start: number, end: number): string {
  const before =
    text
      .slice(Math.max(0, start - SENTENCE_REACH), start)
      .split(/[.!?\n]/)
      .pop() ?? '';
  // A dot after "д", "ул", "кв" abbreviates an address word: the sentence goes on.
  const after = text.slice(end, end + SENTENCE_REACH).split(SENTENCE_BREAK)[0] ?? '';
  return `${before} ${after}`;
}

function push(out: PiiCandidate[], text: string, start: number, end: number): void {
  out.push({
    type: 'NAME',
    start,
    end,
    key: normalizeName(text.slice(start, end)),
    priority: LONE_NAME_PRIORITY,
  });
}

/**
 * First names standing alone, without a cue. Inside a sentence a capitalised word is a proper
 * noun, so a first name of the lexicon in any case is a person: "посылку от Никиты",
 * "разговаривала с Ольгой", "написано «Ольга»". At a sentence start only before a verb:
 * "Екатерина тоже согласна". Names that are also words ("Вера", "Надежда") need more than that.
 */
export function detectLoneFirstNames(text: string, out: PiiCandidate[]): void {
  CAPITAL_WORD.lastIndex = 0;
  for (let m = CAPITAL_WORD.exec(text); m; m = CAPITAL_WORD.exec(text)) {
    if (isLetter(text.charAt(m.index - 1)) || isLetter(text.charAt(m.index + m[0].length))) continue;
    if (lonePlainName(text, m.index, m[0])) push(out, text, m.index, m.index + m[0].length);
  }
  PREPOSITION_SURNAME.lastIndex = 0;
  for (let m = PREPOSITION_SURNAME.exec(text); m; m = PREPOSITION_SURNAME.exec(text)) {
    const surname = m[1] ?? '';
    const end = m.index + m[0].length;
    const start = end - surname.length;
    const sentence = sentenceAround(text, start, end).toLowerCase();
    if (OWNER_CONTEXT.test(sentence) && !STREET_WORDS.test(sentence) && !isFirstName(surname.toLowerCase())) {
      push(out, text, start, end);
    }
    PREPOSITION_SURNAME.lastIndex = end;
  }
  WITH_SURNAME.lastIndex = 0;
  for (let m = WITH_SURNAME.exec(text); m; m = WITH_SURNAME.exec(text)) {
    const surname = m[1] ?? '';
    const end = m.index + m[0].length;
    const start = end - surname.length;
    // The words of this sentence before the surname, up to 80 characters back.
    const sentence =
      text
        .slice(Math.max(0, start - SENTENCE_REACH), start)
        .split(/[.!?\n]/)
        .pop() ?? '';
    if (PERSON_CONTEXT.test(sentence.toLowerCase())) push(out, text, start, end);
    WITH_SURNAME.lastIndex = end;
  }
}
