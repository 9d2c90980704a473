import type { Ending } from './ending';

// Sound classes shared by the Russian transcription and the English one (see englishWord.ts).
const UNSTRESSED_VOWELS = new Set('aiuəɪʊ');
// Consonants that differ in voicing only, plus к/х, which sound close at a word's end ("друг / слух").
const CLOSE_PAIRS = new Set<string>();
for (const pair of [
  'пб',
  'фв',
  'кг',
  'тд',
  'шж',
  'сз',
  'кх',
  'pb',
  'fv',
  'kg',
  'td',
  'sz',
  'θð',
  'šž',
  'čǰ',
]) {
  CLOSE_PAIRS.add(pair);
  CLOSE_PAIRS.add([...pair].reverse().join(''));
}
const SONORANTS = new Set('мнлрjmnlrŋ');
const SIBILANTS = new Set('сзшжщцчszšžčǰ');

/** Costs of the edit distance; `cluster` is the consonant group right after the stressed vowel. */
interface Costs {
  indel: number;
}
const CLUSTER: Costs = { indel: 1 };
const REST: Costs = { indel: 0.7 };

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  const av = UNSTRESSED_VOWELS.has(a);
  const bv = UNSTRESSED_VOWELS.has(b);
  if (av && bv) return 0.35;
  if (av !== bv) return 1;
  if (CLOSE_PAIRS.has(a + b)) return 0.3;
  if (SONORANTS.has(a) && SONORANTS.has(b)) return 0.6;
  if (SIBILANTS.has(a) && SIBILANTS.has(b)) return 0.5;
  return 1;
}

function indel(ch: string, atEnd: boolean, costs: Costs): number {
  if (UNSTRESSED_VOWELS.has(ch)) return 1;
  // A final й after an unstressed vowel is barely heard: "пленный / вселенной", "синий / иней".
  if (ch === 'j' && atEnd) return 0.3;
  return costs.indel;
}

/** Weighted edit distance between two short sound strings. */
function distance(a: string, b: string, costs: Costs): number {
  const n = a.length;
  const m = b.length;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = (prev[j - 1] ?? 0) + indel(b[j - 1] ?? '', j === m, costs);
  for (let i = 1; i <= n; i++) {
    const ca = a[i - 1] ?? '';
    cur[0] = (prev[0] ?? 0) + indel(ca, i === n, costs);
    for (let j = 1; j <= m; j++) {
      const cb = b[j - 1] ?? '';
      cur[j] = Math.min(
        (prev[j - 1] ?? 0) + substitution(ca, cb),
        (prev[j] ?? 0) + indel(ca, i === n, costs),
        (cur[j - 1] ?? 0) + indel(cb, j === m, costs),
      );
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m] ?? 0;
}

function similarity(a: string, b: string, costs: Costs): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 1 : Math.max(0, 1 - distance(a, b, costs) / len);
}

/** How well the support consonants of two open masculine endings agree ("огня / меня"). */
function supportScore(a: string, b: string): number {
  if (a === b) return 1;
  if (CLOSE_PAIRS.has(a + b)) return 0.85;
  if (a === '' || b === '') return 0.6;
  return 0.55;
}

/** Splits a tail into the consonants right after the stressed vowel and the rest. */
function splitTail(tail: string): [string, string] {
  let i = 0;
  while (i < tail.length && !UNSTRESSED_VOWELS.has(tail[i] ?? '')) i++;
  return [tail.slice(0, i), tail.slice(i)];
}

function masculine(a: Ending, b: Ending): number {
  // English open rhymes need no support consonant ("blue / to", "why / high"); Russian ones do.
  if (a.tail === '' && b.tail === '') return a.lang === 'en' ? 1 : supportScore(a.support, b.support);
  if (a.tail === '' || b.tail === '') {
    // "стихи / стихий", "мне / дней", even "меня / сгонял" count, with the same support consonant.
    const other = a.tail || b.tail;
    const weight = other === 'j' ? OPEN_VS_J : other.length === 1 ? OPEN_VS_CONSONANT : 0;
    return weight * supportScore(a.support, b.support);
  }
  const s = similarity(a.tail, b.tail, REST);
  // One consonant each must agree: "лес / лет" is no rhyme.
  return Math.max(a.tail.length, b.tail.length) === 1 && s < 0.65 ? 0 : s;
}

function feminine(a: Ending, b: Ending): number {
  const [ca, ra] = splitTail(a.tail);
  const [cb, rb] = splitTail(b.tail);
  // The consonants right after the stress carry the rhyme; later sounds may drift ("тонны / вагонном").
  return CLUSTER_WEIGHT * similarity(ca, cb, CLUSTER) + (1 - CLUSTER_WEIGHT) * similarity(ra, rb, REST);
}

const OPEN_VS_J = 0.8;
const OPEN_VS_CONSONANT = 0.75;
const CLUSTER_WEIGHT = 0.6;
const YO_PENALTY = 0.9;
const SUPPORT_BONUS = 0.1;

/**
 * A repeated word ("луны / луны") counts as a rhyme for the scheme, as verse annotators count it;
 * verse detection and reply scoring look for repeats separately.
 */
export const TAUTOLOGY_SCORE = 0.8;

/**
 * Similarity of two line endings, 0..1. Endings rhyme when the stressed vowels agree, the number
 * of syllables after the stress is the same and the sounds after the stress are close; open
 * masculine endings also need their support consonant ("огня / меня" but hardly "огня / земля").
 */
export function rhymeScore(a: Ending, b: Ending): number {
  if (a.lang !== b.lang || a.post !== b.post) return 0;
  if (a.vowel !== b.vowel) {
    // An е written for ё: "полет / болот" rhyme when the е-word is unknown.
    const yo =
      (a.vowel === 'E' && a.maybeYo && b.vowel === 'O') || (b.vowel === 'E' && b.maybeYo && a.vowel === 'O');
    return yo ? YO_PENALTY * sameVowelScore(a, b) : 0;
  }
  return sameVowelScore(a, b);
}

function sameVowelScore(a: Ending, b: Ending): number {
  if (a.word === b.word) return TAUTOLOGY_SCORE;
  let score = a.post === 0 ? masculine(a, b) : feminine(a, b);
  // The same support consonant makes a rich rhyme ("любовь / кровь").
  if (score > 0.6 && a.support === b.support && a.support !== '') score = Math.min(1, score + SUPPORT_BONUS);
  return score;
}
