/**
 * The rhyming part of a line (clausula): the stressed vowel and everything after it, in a rough
 * phonemic spelling where letters that sound alike are merged. One character = one sound.
 */
export interface Ending {
  lang: 'ru' | 'en';
  /** Class of the stressed vowel ("A" for а/я, "O" for о/ё, …; an ARPAbet vowel for English). */
  vowel: string;
  /** Sounds after the stressed vowel; unstressed vowels are lowercase classes (a, i, u). */
  tail: string;
  /** The consonant right before the stressed vowel ("j" for й-sounds, "" after a vowel). */
  support: string;
  /** Syllables after the stress: 0 masculine, 1 feminine, 2 dactylic. */
  post: number;
  /** The stressed letter is an е that may stand for ё (unknown word): "полет" may rhyme with "болот". */
  maybeYo?: boolean;
  /** Below 1 for a reading from an alternative stress, which must rhyme clearly to be believed. */
  weight?: number;
  /** The last word as written, lowercase, to tell a real rhyme from a repeated word. */
  word: string;
}
