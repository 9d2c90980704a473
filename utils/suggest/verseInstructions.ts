import type { VerseAnalysis } from '../verse/types';

const METER_NAMES: Record<string, string> = {
  iamb: 'iamb (da-DUM)',
  trochee: 'trochee (DUM-da)',
  dactyl: 'dactyl (DUM-da-da)',
  amphibrach: 'amphibrach (da-DUM-da)',
  anapest: 'anapest (da-da-DUM)',
};

/**
 * Instructions that make the model answer a poem in kind: same line count, rhyme scheme,
 * syllables per line and metre, with an end-word plan made before writing. The reply still has
 * to do its job: empathy plus the concrete next step.
 */
export function verseInstructions(poem: VerseAnalysis): string {
  const lines = poem.lines.filter((l) => l.text.trim().length > 0);
  const count = Math.min(lines.length, 16);
  const scheme = (poem.scheme ?? 'AABB').replace(/\s+/g, '');
  const letters = (
    scheme.length >= count
      ? scheme.slice(0, count)
      : scheme.repeat(Math.ceil(count / scheme.length)).slice(0, count)
  ).split('');
  const syllables = lines.slice(0, count).map((l) => l.syllables);
  const stanza = poem.stanzas[0]?.length ?? 4;
  return [
    'The customer wrote their message in rhymed verse. Answer in verse of the same form, in the same language.',
    `Form: ${count} lines in stanzas of ${stanza}, rhyme scheme ${letters.join('')} (lines with the same letter rhyme on their stressed endings),`,
    `syllables per line: ${syllables.join(', ')}${poem.meter ? `, metre: ${METER_NAMES[poem.meter] ?? poem.meter}` : ''}.`,
    'Plan the end word of every line first so that each rhyme pair really rhymes, then write the lines. Output only the poem, one line per line, a blank line between stanzas.',
    'The poem must still do the job of the answer: acknowledge the feeling and ask for or promise the concrete next step (for a coverage complaint: the exact place or coordinates and the phone number, to check the network).',
    'Keep placeholders like [[NAME_1]] out of rhyme positions.',
  ].join('\n');
}

/** The repair request for a weak candidate: the concrete defects, by line. */
export function verseRepairInstructions(defects: readonly { message: string }[]): string {
  return [
    'Your poem has these defects:',
    ...defects.slice(0, 8).map((d) => `- ${d.message}`),
    'Rewrite it fixing every defect, keeping its meaning and form. Output only the poem.',
  ].join('\n');
}
