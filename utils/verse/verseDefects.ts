import type { VerseMeter } from './detectMeter';

export type VerseDefectKind = 'line_count' | 'syllables' | 'rhyme' | 'meter' | 'not_verse';

/** One problem of a candidate verse reply, for the operator and for an LLM repair request. */
export interface VerseDefect {
  /** 1-based line of the candidate the defect is about (the second line of a rhyme pair). */
  line?: number;
  kind: VerseDefectKind;
  /** Plain English, naming the lines and the concrete issue. */
  message: string;
  /** The same in Russian. */
  messageRu: string;
}

const METER_RU: Record<VerseMeter, string> = {
  iamb: 'ямб',
  trochee: 'хорей',
  dactyl: 'дактиль',
  amphibrach: 'амфибрахий',
  anapest: 'анапест',
};
const METER_RU_GENITIVE: Record<VerseMeter, string> = {
  iamb: 'ямба',
  trochee: 'хорея',
  dactyl: 'дактиля',
  amphibrach: 'амфибрахия',
  anapest: 'анапеста',
};

function list(positions: readonly number[]): string {
  return positions.map((p) => p + 1).join(', ');
}

// Russian noun form after a number: 1 слог, 2 слога, 5 слогов.
function plural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

const lines = (n: number) => `${n} ${n === 1 ? 'line' : 'lines'}`;
const strok = (n: number) => `${n} ${plural(n, 'строка', 'строки', 'строк')}`;

export function notVerseDefect(count: number): VerseDefect {
  return {
    kind: 'not_verse',
    message:
      count < 4
        ? `The reply has ${lines(count)}; a verse reply needs at least 4 rhymed lines.`
        : 'The reply does not read as verse: fewer than half of its lines rhyme, or the line lengths vary too much.',
    messageRu:
      count < 4
        ? `В ответе ${strok(count)}; для ответа в стихах нужно не меньше 4 рифмованных строк.`
        : 'Ответ не читается как стихи: рифмуется меньше половины строк или длина строк слишком разная.',
  };
}

export function lineCountDefect(count: number, stanza: number, scheme: string): VerseDefect {
  const options = [stanza, stanza * 2, stanza * 3].join(', ');
  return {
    kind: 'line_count',
    message: `The reply has ${lines(count)}, but the customer's poem is written in ${stanza}-line stanzas (${scheme}); use ${options} lines.`,
    messageRu: `В ответе ${strok(count)}, а стихи клиента написаны строфами по ${stanza} ${plural(stanza, 'строке', 'строки', 'строк')} (${scheme}); нужно ${options} строк.`,
  };
}

export function rhymeDefect(
  first: number,
  second: number,
  scheme: string,
  a: string,
  b: string,
): VerseDefect {
  const same = a === b;
  return {
    line: second + 1,
    kind: 'rhyme',
    message: same
      ? `Lines ${first + 1} and ${second + 1} should rhyme (${scheme}) but both end in the same word «${a}»; use a different rhyming word.`
      : `Lines ${first + 1} and ${second + 1} should rhyme (${scheme}) but end in «${a}» and «${b}», which do not rhyme.`,
    messageRu: same
      ? `Строки ${first + 1} и ${second + 1} должны рифмоваться (${scheme}), но обе кончаются одним словом «${a}»; нужна другая рифма.`
      : `Строки ${first + 1} и ${second + 1} должны рифмоваться (${scheme}), но кончаются на «${a}» и «${b}» — это не рифма.`,
  };
}

export function syllableDefect(line: number, actual: number, expected: number): VerseDefect {
  return {
    line: line + 1,
    kind: 'syllables',
    message: `Line ${line + 1} has ${actual} syllables; the customer's lines have ${expected} (±1 allowed).`,
    messageRu: `В строке ${line + 1} ${actual} ${plural(actual, 'слог', 'слога', 'слогов')}, а в строках клиента ${expected} (допустимо ±1).`,
  };
}

export function meterDefect(
  line: number,
  meter: VerseMeter,
  stresses: number[],
  strong: number[],
): VerseDefect {
  return {
    line: line + 1,
    kind: 'meter',
    message: `Line ${line + 1} breaks the ${meter}: word stresses fall on syllables ${list(stresses)}, the ${meter} puts them on ${list(strong)}.`,
    messageRu: `Строка ${line + 1} сбивается с размера (${METER_RU[meter]}): ударения на слогах ${list(stresses)}, а у ${METER_RU_GENITIVE[meter]} — на ${list(strong)}.`,
  };
}
