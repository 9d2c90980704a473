import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CRISIS_SETS, loadCrisisSets, loadEmotionSets } from '../tests/fixtures/analysis/crisisSets';
import {
  analyzeConversation,
  type CrisisSample,
  crisisSampleSchema,
  detectCrisis,
  detectEmotion,
  detectIntents,
  detectLanguage,
  EMOTIONS,
  evaluateCrisis,
  evaluateEmotion,
} from '../utils/analysis';
import { type CrisisModel, currentCrisisModel, setCrisisModel } from '../utils/analysis/crisisModel';
import { currentEmotionModel, setEmotionModel } from '../utils/analysis/emotionModel';
import { trainingRows, trainOnRows } from '../utils/analysis/trainCrisisModel';
import { emotionTrainingRows, trainEmotionModel } from '../utils/analysis/trainEmotionModel';
import type { ConversationSnapshot } from '../utils/conversation/types';
import { type Figure, figure, medianMs } from './figure';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../tests/fixtures/analysis/${name}`, import.meta.url), 'utf8'));

/** Median time of analysing a snapshot never seen before (built outside the timing). */
function medianOfFresh(make: () => ConversationSnapshot, warmup = 5, runs = 31): number {
  for (let i = 0; i < warmup; i++) analyzeConversation(make());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = make();
    const start = performance.now();
    analyzeConversation(s);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Sets written after the training set, each before the detector was tuned on it (the record of
 * first-run figures is in tests/fixtures/analysis/RECORD.md). They are all tuned on by now, so the
 * holdout figures below are regression figures, not blind ones.
 */
const HELD_OUT_CRISIS: readonly string[] = CRISIS_SETS.slice(1);
/**
 * Emotion labels of the sets written by the project's engineers (A–H), and of the sets written by
 * ten separate writers (I–P, T1–T3: `crisis-sealed-4.json` on). The writers label by their own
 * reading (a calm account of danger as "neutral", where the panel shows worry in any crisis on
 * purpose), so the second figure has its own, lower budget.
 */
const OWN_LABELS = HELD_OUT_CRISIS.slice(0, HELD_OUT_CRISIS.indexOf('crisis-sealed-4.json'));
const WRITERS_LABELS = HELD_OUT_CRISIS.slice(OWN_LABELS.length);
const HELD_OUT_EMOTION = ['emotion-holdout.json', 'emotion-sealed-1.json'];

const emotionSetSchema = z.array(z.object({ text: z.string(), lang: z.string(), emotion: z.enum(EMOTIONS) }));

const withEmotion = (set: readonly CrisisSample[]) =>
  set.flatMap((s) => (s.emotion ? [{ text: s.text, emotion: s.emotion }] : []));

/** Crisis recall / false alarms on the labelled sets, emotion accuracy, and the cost of analysis. */
export async function analysisFigures(): Promise<Record<string, Figure>> {
  const crisisSet = z.array(crisisSampleSchema).parse(fixture('crisis.json'));
  const emotionSet = emotionSetSchema.parse(fixture('emotion.json'));
  const crisis = evaluateCrisis(crisisSet);
  const emotion = evaluateEmotion([...emotionSet, ...withEmotion(crisisSet)]);
  const heldOutCrisis = HELD_OUT_CRISIS.flatMap((name) => z.array(crisisSampleSchema).parse(fixture(name)));
  const heldOut = evaluateCrisis(heldOutCrisis);
  const set = (name: string) => z.array(crisisSampleSchema).parse(fixture(name));
  const heldOutEmotion = evaluateEmotion([
    ...HELD_OUT_EMOTION.flatMap((name) => emotionSetSchema.parse(fixture(name))),
    ...withEmotion(OWN_LABELS.flatMap(set)),
  ]);
  const writersEmotion = evaluateEmotion(withEmotion(WRITERS_LABELS.flatMap(set)));

  // A long conversation: 200 messages, customer and operator in turn, texts from the labelled set.
  const messages: ConversationSnapshot['messages'] = Array.from({ length: 200 }, (_, i) => ({
    role: i % 2 === 0 ? 'customer' : 'operator',
    text: crisisSet[i % crisisSet.length]!.text,
  }));
  const snapshot: ConversationSnapshot = { messages, subscriber: { name: 'Иван' }, composer: null };
  // Opening a long conversation: every message read for the first time (fresh texts each run, so
  // no cache helps). The panel's usual case, re-reading as messages arrive, is the figure above it.
  let run = 0;
  const freshSnapshot = (): ConversationSnapshot => {
    run++;
    return { ...snapshot, messages: messages.map((m) => ({ ...m, text: `${m.text} (${run})` })) };
  };

  // Timed first: the leave-one-set-out trainings below leave the heap busy for a while.
  const timings = {
    analyze_200_messages_ms: figure(
      medianMs(() => analyzeConversation(snapshot), 51, 20),
      'ms',
      5,
    ),
    // ~6 ms on an idle machine with the lexicons alone, ~9.5 ms with the crisis and emotion models
    // (each new message: ~100 µs of lexicons, ~40 µs of model); the budget (15 before the models)
    // leaves room for a shared CI runner.
    analyze_200_messages_cold_ms: figure(medianOfFresh(freshSnapshot), 'ms', 20),
    // Worst case, should the panel ever badge every message: each one fully analysed (budget 20
    // before the models).
    analyze_each_of_200_messages_ms: figure(
      medianMs(
        () => {
          for (const m of messages) {
            detectLanguage(m.text);
            detectEmotion(m.text);
            detectCrisis(m.text);
            detectIntents(m.text);
          }
        },
        15,
        3,
      ),
      'ms',
      30,
    ),
  };
  const crossSet = crossSetCrisis();
  const crossSetEmotion = crossSetEmotionAccuracy();
  return {
    crisis_recall: figure(crisis.recall, 'ratio', 0.95, true),
    crisis_false_alarm_rate: figure(crisis.falseAlarmRate, 'ratio', 0.02),
    crisis_kind_accuracy: figure(crisis.kindAccuracy, 'ratio', 0.9, true),
    emotion_accuracy: figure(emotion.accuracy, 'ratio', 0.85, true),
    crisis_holdout_recall: figure(heldOut.recall, 'ratio', 0.95, true),
    crisis_holdout_false_alarm_rate: figure(heldOut.falseAlarmRate, 'ratio', 0.02),
    emotion_holdout_accuracy: figure(heldOutEmotion.accuracy, 'ratio', 0.85, true),
    // 0.757 with the lexicons alone; the emotion model is trained on these labels now, so this is a
    // regression figure (the fair one is emotion_cross_set_accuracy).
    emotion_writers_labels_accuracy: figure(writersEmotion.accuracy, 'ratio', 0.75, true),
    // Each set read by a model trained on all the others (the lexicons know every set, so this is
    // not a blind figure; those are in tests/fixtures/analysis/RECORD.md).
    crisis_cross_set_recall: figure(crossSet.recall, 'ratio', 0.95, true),
    crisis_cross_set_false_alarm_rate: figure(crossSet.falseAlarmRate, 'ratio', 0.02),
    // Likewise for emotion (lexicons alone: 0.815 on the same messages).
    emotion_cross_set_accuracy: figure(crossSetEmotion, 'ratio', 0.83, true),
    ...timings,
  };
}

/** Leave one set out: train the crisis model on the other sets, evaluate on it; all sets pooled. */
export function crossSetCrisis(): { recall: number; falseAlarmRate: number } {
  const shipped: CrisisModel | undefined = currentCrisisModel();
  const sets = loadCrisisSets().map((s) => ({ ...s, rows: trainingRows(s.samples) }));
  let positives = 0;
  let detected = 0;
  let negatives = 0;
  let alarms = 0;
  try {
    for (const held of sets) {
      setCrisisModel(trainOnRows(sets.filter((s) => s !== held).flatMap((s) => s.rows)));
      const r = evaluateCrisis(held.samples);
      const p = held.samples.filter((s) => s.crisis).length;
      positives += p;
      detected += Math.round(r.recall * p);
      negatives += held.samples.length - p;
      alarms += r.falseAlarms.length;
    }
  } finally {
    setCrisisModel(shipped);
  }
  return { recall: detected / positives, falseAlarmRate: alarms / negatives };
}

/** Leave one set out for the emotion model (the shipped crisis model reads the crisis kind). */
export function crossSetEmotionAccuracy(): number {
  const shipped = currentEmotionModel();
  setEmotionModel(undefined);
  const sets = loadEmotionSets().map((s) => ({
    samples: s.samples.filter((x) => x.emotion),
    rows: emotionTrainingRows(s.samples),
  }));
  let right = 0;
  let total = 0;
  try {
    for (const held of sets) {
      setEmotionModel(trainEmotionModel(sets.filter((s) => s !== held).flatMap((s) => s.rows)));
      for (const s of held.samples) if (detectEmotion(s.text).emotion === s.emotion) right++;
      total += held.samples.length;
    }
  } finally {
    setEmotionModel(shipped);
  }
  return right / total;
}

/** Per labelled set: crisis recall, false alarms, kind accuracy, emotion accuracy (RECORD.md's table). */
export function perSetFigures(): Record<string, Record<string, string>> {
  const rows: Record<string, Record<string, string>> = {};
  for (const name of ['crisis.json', ...HELD_OUT_CRISIS]) {
    const set = z.array(crisisSampleSchema).parse(fixture(name));
    const r = evaluateCrisis(set);
    const positives = set.filter((s) => s.crisis).length;
    const negatives = set.length - positives;
    rows[name] = {
      crisis_recall: `${r.recall.toFixed(3)} (${Math.round(r.recall * positives)}/${positives})`,
      false_alarms: `${r.falseAlarmRate.toFixed(3)} (${r.falseAlarms.length}/${negatives})`,
      kind_accuracy: r.kindAccuracy.toFixed(3),
      emotion_accuracy: evaluateEmotion(withEmotion(set)).accuracy.toFixed(3),
    };
  }
  for (const name of ['emotion.json', ...HELD_OUT_EMOTION]) {
    const r = evaluateEmotion(emotionSetSchema.parse(fixture(name)));
    rows[name] = { emotion_accuracy: `${r.accuracy.toFixed(3)} (n=${r.total})` };
  }
  return rows;
}

// `npx tsx bench/analysis.ts` prints the figures on its own; `--sets` prints them per labelled set.
if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--sets')) console.table(perSetFigures());
  else analysisFigures().then((figures) => console.table(figures));
}
