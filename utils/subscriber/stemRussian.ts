/*
 * The Snowball Russian stemmer (snowballstem.org/algorithms/russian), so that a search for
 * «перевод» finds «переводом» and «перевода». Written out here rather than pulled in as a
 * package: it is ~100 lines and runs in the panel, the background and Node alike.
 */

const VOWELS = new Set('аеиоуыэюя');

const PERFECTIVE_GERUND_1 = ['в', 'вши', 'вшись'];
const PERFECTIVE_GERUND_2 = ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись'];
const ADJECTIVE = [
  'ее',
  'ие',
  'ые',
  'ое',
  'ими',
  'ыми',
  'ей',
  'ий',
  'ый',
  'ой',
  'ем',
  'им',
  'ым',
  'ом',
  'его',
  'ого',
  'ему',
  'ому',
  'их',
  'ых',
  'ую',
  'юю',
  'ая',
  'яя',
  'ою',
  'ею',
];
const PARTICIPLE_1 = ['ем', 'нн', 'вш', 'ющ', 'щ'];
const PARTICIPLE_2 = ['ивш', 'ывш', 'ующ'];
const REFLEXIVE = ['ся', 'сь'];
const VERB_1 = [
  'ла',
  'на',
  'ете',
  'йте',
  'ли',
  'й',
  'л',
  'ем',
  'н',
  'ло',
  'но',
  'ет',
  'ют',
  'ны',
  'ть',
  'ешь',
  'нно',
];
const VERB_2 = [
  'ила',
  'ыла',
  'ена',
  'ейте',
  'уйте',
  'ите',
  'или',
  'ыли',
  'ей',
  'уй',
  'ил',
  'ыл',
  'им',
  'ым',
  'ен',
  'ило',
  'ыло',
  'ено',
  'ят',
  'ует',
  'уют',
  'ит',
  'ыт',
  'ены',
  'ить',
  'ыть',
  'ишь',
  'ую',
  'ю',
];
const NOUN = [
  'а',
  'ев',
  'ов',
  'ие',
  'ье',
  'е',
  'иями',
  'ями',
  'ами',
  'еи',
  'ии',
  'и',
  'ией',
  'ей',
  'ой',
  'ий',
  'й',
  'иям',
  'ям',
  'ием',
  'ем',
  'ам',
  'ом',
  'о',
  'у',
  'ах',
  'иях',
  'ях',
  'ы',
  'ь',
  'ию',
  'ью',
  'ю',
  'ия',
  'ья',
  'я',
];
const DERIVATIONAL = ['ост', 'ость'];

/** Endings of group 1 count only after «а» or «я»; group 2 endings always count. */
interface Group {
  after: readonly string[];
  always: readonly string[];
}

/** The longest ending of `word` inside the region starting at `limit`, as Snowball's `among` picks it. */
function longest(word: string, limit: number, endings: readonly string[]): string | null {
  let best: string | null = null;
  for (const e of endings) {
    if (word.endsWith(e) && word.length - e.length >= limit && (!best || e.length > best.length)) best = e;
  }
  return best;
}

/**
 * Removes the longest ending of a group. Like Snowball, a longest match whose condition fails
 * does not fall back to a shorter ending.
 */
function removeGroup(word: string, limit: number, group: Group): string | null {
  const e = longest(word, limit, [...group.after, ...group.always]);
  if (!e) return null;
  if (group.always.includes(e)) return word.slice(0, -e.length);
  const before = word.length - e.length - 1;
  if (before >= limit && (word[before] === 'а' || word[before] === 'я')) return word.slice(0, -e.length);
  return null;
}

function remove(word: string, limit: number, endings: readonly string[]): string | null {
  const e = longest(word, limit, endings);
  return e ? word.slice(0, -e.length) : null;
}

/** Start of the region after the first non-vowel that follows a vowel at or after `from` (R1, R2). */
function regionAfter(word: string, from: number): number {
  for (let i = Math.max(1, from + 1); i < word.length; i++) {
    if (!VOWELS.has(word[i]!) && VOWELS.has(word[i - 1]!)) return i + 1;
  }
  return word.length;
}

function adjectival(word: string, rv: number): string | null {
  const stem = remove(word, rv, ADJECTIVE);
  if (stem === null) return null;
  return removeGroup(stem, rv, { after: PARTICIPLE_1, always: PARTICIPLE_2 }) ?? stem;
}

/** The stem of one lower-case Russian word (ё already folded to е). Other words come back unchanged. */
export function stemRussian(word: string): string {
  let rv = word.length;
  for (let i = 0; i < word.length; i++) {
    if (VOWELS.has(word[i]!)) {
      rv = i + 1;
      break;
    }
  }
  if (rv >= word.length) return word;
  const r2 = regionAfter(word, regionAfter(word, 0));

  // Step 1: a perfective gerund, or (reflexive then) an adjectival, verb or noun ending.
  let w = removeGroup(word, rv, { after: PERFECTIVE_GERUND_1, always: PERFECTIVE_GERUND_2 });
  if (w === null) {
    w = remove(word, rv, REFLEXIVE) ?? word;
    w =
      adjectival(w, rv) ?? removeGroup(w, rv, { after: VERB_1, always: VERB_2 }) ?? remove(w, rv, NOUN) ?? w;
  }
  // Step 2: a final «и».
  if (w.endsWith('и') && w.length - 1 >= rv) w = w.slice(0, -1);
  // Step 3: a derivational ending inside R2.
  w = remove(w, r2, DERIVATIONAL) ?? w;
  // Step 4: superlative, double «н», soft sign.
  const sup = remove(w, rv, ['ейш', 'ейше']);
  if (sup !== null) w = sup;
  if (w.endsWith('нн') && w.length - 1 >= rv + 1) w = w.slice(0, -1);
  else if (sup === null && w.endsWith('ь') && w.length - 1 >= rv) w = w.slice(0, -1);
  return w;
}
