import type { VerseMeter } from './detectMeter';
import type { EnglishDictionary } from './englishDictionary';
import type { StressLexicon } from './stressLexicon';

export type { VerseMeter };

/** One line of a text as verse analysis sees it. */
export interface VerseLine {
  text: string;
  /** Syllables (vowel sounds); digits, Latin names and acronyms are counted as they are read. */
  syllables: number;
  /**
   * 0-based syllables carrying a word stress that matters for the metre: stresses of words of two
   * or more syllables, and the rhyme syllable. Absent for lines beyond the analysis cap.
   */
  stress?: number[];
  /** Rhyme letter shared with the lines it rhymes with (letters run across stanzas: AABB CCDD). */
  rhymeGroup?: string;
}

export interface VerseStanza {
  /** Index of its first line in `lines`. */
  start: number;
  length: number;
  /** The stanza's own scheme, letters from A ("AABB"); null when nothing in it rhymes. */
  scheme: string | null;
}

export interface VerseAnalysis {
  /** The text is verse: rhymed (or strictly metrical) lines, at least four of them. */
  isVerse: boolean;
  /**
   * Rhyme scheme, one letter per line, unrhymed lines get letters of their own ("ABCB"). When
   * every stanza has the same scheme it is given once ("AABB" for three AABB quatrains), else the
   * stanza schemes are joined by spaces ("ABAB AABB"). Null when no two lines rhyme.
   */
  scheme: string | null;
  meter?: VerseMeter;
  language: 'ru' | 'en';
  lines: VerseLine[];
  stanzas: VerseStanza[];
}

/** Where verse analysis gets its dictionaries; by default, whatever has been loaded. */
export interface VerseOptions {
  /** Russian stress lexicon; null for rules only. Default: the loaded lexicon, if any. */
  lexicon?: StressLexicon | null;
  /** English pronouncing dictionary; null for spelling rules. Default: the loaded one, if any. */
  englishDictionary?: EnglishDictionary | null;
}
