import type { Ending } from './ending';
import type { EnglishDictionary } from './englishDictionary';
import { englishWord } from './englishWord';
import { ruVowelOffsets } from './letters';
import { russianEnding } from './russianEnding';
import type { StressLexicon } from './stressLexicon';
import { ENCLITICS } from './stressRules';
import { stressRussianWord, type WordStress } from './stressRussianWord';
import { type PhoneticWord, tokenizeLine, type VerseLanguage } from './tokenizeLine';

export interface ProsodyContext {
  lang: VerseLanguage;
  lexicon: StressLexicon | null;
  english: EnglishDictionary | null;
}

export interface LineProsody {
  syllables: number;
  /** Per syllable: 2 stressed, 1 may be stressed (one-syllable or clitic word), 0 unstressed. */
  pattern: number[];
  /** Line ending; alternatives (other readings of an uncertain stress) follow the first. */
  endings: Ending[];
}

interface RussianWord {
  word: PhoneticWord;
  stress: WordStress;
}

function russianWords(words: PhoneticWord[], lexicon: StressLexicon | null): RussianWord[] {
  return words.map((word) => {
    const stress = stressRussianWord(word.form, lexicon, word.marked);
    if (word.finalStress && stress.syllables > 0) {
      stress.stress = stress.syllables - 1;
      stress.alternatives = [];
      stress.weak = false;
    }
    return { word, stress };
  });
}

const LEANING_YA = 0.95;

// A line-final "я" after a word stressed on its last syllable leans on it: "хочу я / кочуя".
function leansOnPrevious(last: RussianWord, prev: RussianWord | undefined): boolean {
  if (!prev || prev.stress.stress === null) return false;
  if (ENCLITICS.has(last.word.form) && last.stress.syllables <= 1) return true;
  return (
    last.word.form === 'я' && prev.stress.stress === prev.stress.syllables - 1 && prev.stress.syllables > 1
  );
}

// The word that carries the rhyme, and the enclitics after it ("знаешь ли", "кому ж").
function rhymeWord(words: RussianWord[]): { index: number; tail: string } {
  let i = words.length - 1;
  let tail = '';
  while (i > 0) {
    const w = words[i];
    if (!w || !(w.stress.syllables === 0 || leansOnPrevious(w, words[i - 1]))) break;
    tail = w.word.form + tail;
    i--;
  }
  return { index: i, tail };
}

function russianLineEndings(last: RussianWord | undefined, tailWords: string): Ending[] {
  if (!last || last.stress.stress === null) return [];
  const form = last.stress.spoken;
  const offsets = ruVowelOffsets(form);
  const readings = [{ vowel: last.stress.stress, weight: 1 }, ...last.stress.alternatives];
  const out: Ending[] = [];
  readings.forEach(({ vowel, weight }, k) => {
    const at = offsets[vowel];
    if (at === undefined) return;
    const ending = russianEnding(
      form + tailWords,
      at,
      last.word.form + tailWords,
      k === 0 && last.stress.maybeYo,
    );
    if (k > 0) ending.weight = weight;
    out.push(ending);
  });
  // The leaning "я" might be stressed after all ("огня / я"): keep that reading as an alternative.
  if (tailWords === 'я') {
    const ya = russianEnding('я', 0, 'я');
    ya.weight = LEANING_YA;
    out.push(ya);
  }
  return out;
}

function analyseRussian(words: PhoneticWord[], lexicon: StressLexicon | null): LineProsody {
  const analysed = russianWords(words, lexicon);
  const rhyme = rhymeWord(analysed);
  const pattern: number[] = [];
  analysed.forEach(({ stress }, i) => {
    for (let s = 0; s < stress.syllables; s++) {
      // The rhyme syllable is always stressed, even in a one-syllable word ("нет", "свет").
      if (i === rhyme.index && s === stress.stress) pattern.push(2);
      else if (stress.syllables === 1) pattern.push(stress.weak ? 0 : 1);
      else if (s === stress.stress) pattern.push(stress.weak ? 1 : 2);
      else pattern.push(0);
    }
  });
  return {
    syllables: pattern.length,
    pattern,
    endings: russianLineEndings(analysed[rhyme.index], rhyme.tail),
  };
}

function analyseEnglish(words: PhoneticWord[], ctx: ProsodyContext): LineProsody {
  const pattern: number[] = [];
  let ending: Ending | null = null;
  let lastStress = -1;
  for (const w of words) {
    if (w.lang === 'ru') {
      // A Cyrillic word inside an English poem keeps its Russian sounds.
      const r = analyseRussian([w], ctx.lexicon);
      if (r.endings[0]) lastStress = pattern.length + r.pattern.indexOf(2);
      pattern.push(...r.pattern);
      ending = r.endings[0] ?? ending;
      continue;
    }
    const e = englishWord(w.form, ctx.english);
    if (e.ending && e.syllables > 0) lastStress = pattern.length + (e.syllables === 1 ? 0 : e.stress);
    pattern.push(...e.pattern);
    if (e.ending) ending = e.ending;
  }
  if (lastStress >= 0) pattern[lastStress] = 2;
  return { syllables: pattern.length, pattern, endings: ending ? [ending] : [] };
}

/** Syllables, stress pattern and ending of one line of verse. */
export function analyseLine(text: string, ctx: ProsodyContext): LineProsody {
  const words = tokenizeLine(text, ctx.lang);
  return ctx.lang === 'ru' ? analyseRussian(words, ctx.lexicon) : analyseEnglish(words, ctx);
}
