// Verse figures for `npm run bench`: speed of detection and scoring, RIFMA rhyme quality (honest
// split), verse detection quality, and the size of the shipped stress lexicon.
//   node --import tsx -e "import('./bench/verse.ts').then(async m=>console.log(await m.verseFigures()))"
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readRifma } from '../scripts/verse/readRifma';
import { deriveStressLexicon } from '../utils/verse/deriveStressLexicon';
import { detectVerse } from '../utils/verse/detectVerse';
import { evaluateRifma } from '../utils/verse/evaluateRifma';
import { type DetectionSample, evaluateVerseDetection } from '../utils/verse/evaluateVerseDetection';
import { loadEnglishDictionary } from '../utils/verse/loadEnglishDictionary';
import { loadRussianLexicon } from '../utils/verse/loadRussianLexicon';
import { isHeldOut, type RifmaEntry } from '../utils/verse/rifma';
import { scoreVerseReply } from '../utils/verse/scoreVerseReply';
import { parseStressLexicon } from '../utils/verse/stressLexicon';
import { type Figures, figure, medianMs } from './figure';

const RUNS = 301;
const WARMUP = 50;
const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(fileURLToPath(new URL(path, root)), 'utf8');

function tryRifma(): RifmaEntry[] | null {
  try {
    return readRifma();
  } catch {
    // Without the dataset (RIFMA_PATH) the quality figures report NaN and fail their budget.
    return null;
  }
}

/** All verse figures; medians for timings, honest held-out RIFMA split for quality. */
export async function verseFigures(): Promise<Figures> {
  await loadRussianLexicon();
  await loadEnglishDictionary();
  const complaint = read('tests/fixtures/verse/forest-complaint.ru.txt');
  const reply = read('tests/fixtures/verse/forest-reply.ru.txt');
  // Sixteen lines: the three stanzas of the complaint and the first stanza of the reply.
  const poem16 = `${complaint.trim()}\n\n${reply.split('\n').slice(0, 4).join('\n')}`;

  const entries = tryRifma();
  const rifma = entries ? evaluateRifma({ entries }) : null;
  // Detection is measured with a lexicon from the training part of RIFMA only, since the set
  // contains held-out RIFMA stanzas.
  const trainLexicon = entries
    ? parseStressLexicon({
        entries: deriveStressLexicon(
          entries.filter((_, i) => !isHeldOut(i)).map((e) => e.accentuation_markup),
        ),
      })
    : undefined;
  const samples = (JSON.parse(read('tests/fixtures/verse/detection.json')) as { samples: DetectionSample[] })
    .samples;
  const detection = evaluateVerseDetection(samples, trainLexicon ? { lexicon: trainLexicon } : {});
  const lexiconBytes = gzipSync(
    readFileSync(fileURLToPath(new URL('utils/verse/lexicon.ru.json', root))),
  ).length;

  return {
    verse_score_ms: figure(
      medianMs(() => scoreVerseReply(complaint, reply), RUNS, WARMUP),
      'ms',
      1,
    ),
    verse_detect_ms: figure(
      medianMs(() => detectVerse(poem16), RUNS, WARMUP),
      'ms',
      2,
    ),
    rifma_rhyme_f1: figure(rifma?.rhymeF1 ?? Number.NaN, 'F1', 0.93, true),
    rifma_scheme_accuracy: figure(rifma?.schemeAccuracy ?? Number.NaN, 'ratio', 0.85, true),
    verse_lexicon_gzip_kb: figure(lexiconBytes / 1024, 'KB', 1500),
    verse_detection_f1: figure(detection.f1, 'F1', 0.95, true),
  };
}
