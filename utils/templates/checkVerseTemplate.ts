import { detectVerse } from '../verse/detectVerse';
import { getEnglishDictionary } from '../verse/englishDictionary';
import { getRussianLexicon } from '../verse/russianLexicon';
import type { TemplateIssue } from './checkTemplate';
import type { TemplatePart } from './parseTemplate';

/** What a variable is read as when the scheme is checked: short and unstressed at a line's end is avoided anyway. */
const STAND_IN = 'друг';

// Packs repeat poems (the same verse in several packs, every re-validation of an update): the
// verdict depends only on the text and the dictionaries loaded, so it is remembered.
const verdicts = new Map<string, { judged: boolean; rhymed: boolean }>();
const MAX_VERDICTS = 2000;

function verseVerdict(text: string): { judged: boolean; rhymed: boolean } {
  const key = `${getRussianLexicon() ? 'L' : '-'}${getEnglishDictionary() ? 'E' : '-'}${text}`;
  const known = verdicts.get(key);
  if (known) return known;
  const verse = detectVerse(text);
  // English rhymes need the pronouncing dictionary; where it is not loaded (the service worker)
  // the scheme is not judged rather than wrongly refused. The CLI and the panel load it.
  const verdict = {
    judged: verse.language === 'ru' || getEnglishDictionary() !== null,
    rhymed: verse.isVerse && verse.scheme !== null,
  };
  if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
  verdicts.set(key, verdict);
  return verdict;
}

/** For each character offset's line: whether that line belongs to a stanza of two or more lines. */
function inStanza(body: string): (offset: number) => boolean {
  const lines = body.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const blank = lines.map((l) => l.trim() === '');
  const multi = lines.map(
    (_, i) => !blank[i] && ((i > 0 && !blank[i - 1]) || (i + 1 < lines.length && !blank[i + 1])),
  );
  return (offset) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return multi[i] ?? false;
  };
}

/**
 * A verse template must be verse whatever the variables hold: it has to read as rhymed lines,
 * and no variable may end a line of a stanza, where a filled-in name would break the rhyme (a
 * one-line signature after the poem is fine).
 */
export function checkVerseTemplate(body: string, parts: readonly TemplatePart[]): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const stanzaLine = inStanza(body);
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.type === 'text') {
      text += part.text;
      continue;
    }
    text += part.fallback ?? STAND_IN;
    const next = parts[i + 1];
    const after = next?.type === 'text' ? next.text : '';
    if (stanzaLine(part.start) && /^[\s.,!?;:…»"')—-]*(\n|$)/.test(after)) {
      issues.push({
        code: 'verse_variable_in_rhyme',
        severity: 'error',
        subject: part.name,
        offset: part.start,
      });
    }
  }
  const verdict = verseVerdict(text);
  if (verdict.judged && !verdict.rhymed) {
    const firstLine = body.split('\n')[0]?.slice(0, 60) ?? '';
    issues.push({ code: 'verse_not_rhymed', severity: 'error', subject: firstLine });
  }
  return issues;
}
