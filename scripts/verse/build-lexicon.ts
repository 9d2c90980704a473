// Builds the Russian stress lexicon from RIFMA.
//   node --import tsx scripts/verse/build-lexicon.ts [--split all|train] [--out FILE] [--data FILE]
// --split train leaves out the held-out entries (index % 5 == 0) for honest evaluation; the
// shipped lexicon (utils/verse/lexicon.ru.json) is built with --split all and also takes the
// hand-marked contact-centre words of stress-supplement.ru.txt.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { deriveStressLexicon, mergeLexiconEntries } from '../../utils/verse/deriveStressLexicon';
import { isHeldOut, RIFMA_CREDIT } from '../../utils/verse/rifma';
import type { StressLexiconFile } from '../../utils/verse/stressLexicon';
import { readRifma } from './readRifma';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'all' },
    out: {
      type: 'string',
      default: fileURLToPath(new URL('../../utils/verse/lexicon.ru.json', import.meta.url)),
    },
    data: { type: 'string' },
  },
});
if (values.split !== 'all' && values.split !== 'train') throw new Error('--split must be "all" or "train"');

const entries = readRifma(values.data);
const used = entries.filter((_, i) => values.split === 'all' || !isHeldOut(i));
const fromRifma = deriveStressLexicon(used.map((e) => e.accentuation_markup));
// Hand-marked contact-centre words go into the shipped lexicon only, never into an evaluation one.
const supplementPath = fileURLToPath(new URL('./stress-supplement.ru.txt', import.meta.url));
const supplement = readFileSync(supplementPath, 'utf8').replace(/^#.*$/gm, '');
const merged =
  values.split === 'all' ? mergeLexiconEntries(fromRifma, deriveStressLexicon([supplement])) : fromRifma;
const file: StressLexiconFile = {
  source: `Derived from the ${RIFMA_CREDIT}.`,
  licence: 'MIT (RIFMA); see utils/verse/README.md',
  generator: 'scripts/verse/build-lexicon.ts',
  split:
    values.split === 'all'
      ? `all ${used.length} entries, plus scripts/verse/stress-supplement.ru.txt (hand-marked contact-centre words)`
      : `train: ${used.length} entries with index % 5 != 0`,
  format:
    'entries: space-separated lowercase words, each followed by comma-separated stress codes: ' +
    '1..n = 1-based stressed vowel (most frequent first), 0 = usually unstressed in verse',
  entries: merged,
};
writeFileSync(values.out, `${JSON.stringify(file, null, 1)}\n`);
console.log(`wrote ${values.out}: ${file.entries.split(' ').length} words from ${used.length} entries`);
