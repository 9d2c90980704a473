import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  analyzeConversation,
  crisisSampleSchema,
  detectCrisis,
  detectEmotion,
  detectIntents,
  detectLanguage,
  EMOTIONS,
  evaluateCrisis,
  evaluateEmotion,
} from '../utils/analysis';
import type { ConversationSnapshot } from '../utils/conversation/types';

export interface Figure {
  value: number;
  unit: string;
  budget: number;
  ok: boolean;
  higherIsBetter?: boolean;
}

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../tests/fixtures/analysis/${name}`, import.meta.url), 'utf8'));

function figure(value: number, unit: string, budget: number, higherIsBetter = false): Figure {
  const rounded = Math.round(value * 1000) / 1000;
  return {
    value: rounded,
    unit,
    budget,
    ok: higherIsBetter ? rounded >= budget : rounded <= budget,
    ...(higherIsBetter ? { higherIsBetter } : {}),
  };
}

function medianMs(run: () => void, warmup = 20, runs = 51): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Crisis recall / false alarms on the labelled set, emotion accuracy, and the cost of analysis. */
export async function analysisFigures(): Promise<Record<string, Figure>> {
  const crisisSet = z.array(crisisSampleSchema).parse(fixture('crisis.json'));
  const emotionSet = z
    .array(z.object({ text: z.string(), lang: z.string(), emotion: z.enum(EMOTIONS) }))
    .parse(fixture('emotion.json'));
  const crisis = evaluateCrisis(crisisSet);
  const labelled = [
    ...emotionSet,
    ...crisisSet.flatMap((s) => (s.emotion ? [{ text: s.text, emotion: s.emotion }] : [])),
  ];
  const emotion = evaluateEmotion(labelled);

  // A long conversation: 200 messages, customer and operator in turn, texts from the labelled set.
  const messages: ConversationSnapshot['messages'] = Array.from({ length: 200 }, (_, i) => ({
    role: i % 2 === 0 ? 'customer' : 'operator',
    text: crisisSet[i % crisisSet.length]!.text,
  }));
  const snapshot: ConversationSnapshot = { messages, subscriber: { name: 'Иван' }, composer: null };

  return {
    crisis_recall: figure(crisis.recall, 'ratio', 0.95, true),
    crisis_false_alarm_rate: figure(crisis.falseAlarmRate, 'ratio', 0.02),
    crisis_kind_accuracy: figure(crisis.kindAccuracy, 'ratio', 0.9, true),
    emotion_accuracy: figure(emotion.accuracy, 'ratio', 0.85, true),
    analyze_200_messages_ms: figure(
      medianMs(() => analyzeConversation(snapshot)),
      'ms',
      5,
    ),
    // Worst case, should the panel ever badge every message: each one fully analysed.
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
        3,
        15,
      ),
      'ms',
      20,
    ),
  };
}

// `npx tsx bench/analysis.ts` prints the figures on its own.
if (import.meta.url === `file://${process.argv[1]}`) {
  analysisFigures().then((figures) => console.table(figures));
}
