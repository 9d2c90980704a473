import { type AnalysedVerse, analyseVerse } from './analyseVerse';
import { getEnglishDictionary } from './englishDictionary';
import { judgeVerse, verseEvidence } from './judgeVerse';
import { getRussianLexicon } from './russianLexicon';
import { type SplitLine, splitByNewlines, splitJoinedLines } from './splitVerseLines';
import type { VerseLanguage } from './tokenizeLine';
import type { VerseAnalysis, VerseOptions } from './types';

/** Longer pastes are cut here; nothing a customer writes in verse is this long. */
const MAX_CHARS = 400_000;
const MAX_LINES = 10_000;
const LANGUAGE_SAMPLE = 4_000;
/** Lost line breaks are looked for only in texts of poem size. */
const MAX_JOINED_CHARS = 6_000;

export interface DetectedVerse extends VerseAnalysis {
  /** Internal detail for scoring: prosody and rhyme groups of the analysed lines. */
  analysed: AnalysedVerse;
}

function languageOf(text: string): VerseLanguage {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length && i < LANGUAGE_SAMPLE; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) latin++;
    else if (text.charCodeAt(i) >= 0x400 && text.charCodeAt(i) <= 0x4ff) cyrillic++;
  }
  return latin > cyrillic ? 'en' : 'ru';
}

// Lines were probably joined (a CRM that drops line breaks): too few lines for verse, prose-long
// lines, or " / " separators as in quoted verse.
function looksJoined(lines: readonly SplitLine[]): boolean {
  if (lines.length < 4) return true;
  if (lines.some((l) => / \/{1,2} /.test(l.text))) return true;
  const long = lines.filter((l) => l.text.length > 90).length;
  return long >= lines.length / 2;
}

/** Full verse analysis; `detectVerse` is its public face. */
export function detectVerseDetailed(text: string, options: VerseOptions = {}): DetectedVerse {
  const clipped = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const lang = languageOf(clipped);
  const ctx = {
    lang,
    lexicon: options.lexicon === undefined ? getRussianLexicon() : options.lexicon,
    english: options.englishDictionary === undefined ? getEnglishDictionary() : options.englishDictionary,
  };
  const typed = splitByNewlines(clipped, MAX_LINES);
  let analysed = analyseVerse(typed, ctx);
  let isVerse = judgeVerse(verseEvidence(analysed));
  if (!isVerse && clipped.length <= MAX_JOINED_CHARS && looksJoined(typed)) {
    const rejoined = analyseVerse(splitJoinedLines(typed), ctx);
    if (judgeVerse(verseEvidence(rejoined))) {
      analysed = rejoined;
      isVerse = true;
    }
  }
  const { scheme, meter, lines, stanzas } = analysed;
  const result: DetectedVerse = { isVerse, scheme, language: lang, lines, stanzas, analysed };
  if (meter) result.meter = meter;
  return result;
}

/**
 * Detects verse in a customer's message and describes it: lines (recovered when a CRM joined
 * them), syllables, stresses, rhyme groups, scheme and metre. Synchronous and dictionary-free by
 * default; it uses the Russian lexicon and the English dictionary once they have been loaded
 * (`loadRussianLexicon`, `loadEnglishDictionary`) or when passed in `options`. Never throws;
 * only the first 64 lines are analysed in full.
 */
export function detectVerse(text: string, options: VerseOptions = {}): VerseAnalysis {
  try {
    const { isVerse, scheme, meter, language, lines, stanzas } = detectVerseDetailed(
      typeof text === 'string' ? text : '',
      options,
    );
    const analysis: VerseAnalysis = { isVerse, scheme, language, lines, stanzas };
    if (meter) analysis.meter = meter;
    return analysis;
  } catch {
    // It runs on whatever a CRM page shows: a bug must cost the verse badge, not the panel.
    return { isVerse: false, scheme: null, language: 'ru', lines: [], stanzas: [] };
  }
}
