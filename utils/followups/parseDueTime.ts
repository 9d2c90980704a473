// Only the two locales we parse: the package root bundles a dozen more.
import * as chronoEn from 'chrono-node/en';
import * as chronoRu from 'chrono-node/ru';
import { zoneOffset } from './zoneOffset';
import { rewriteZonePhrases } from './zonePhrases';

export interface DueTimeOptions {
  /** The moment relative times count from (ms). */
  now?: number;
  /** The operator's IANA time zone; the runtime's zone by default. */
  timeZone?: string;
}

export interface ParsedDueTime {
  dueAt: number;
  /** The words that named the time. */
  matched: string;
  /** The input without them: what to do («перезвонить завтра в 10» → «перезвонить»). */
  rest: string;
  lang: 'ru' | 'en';
}

const PARSERS = [
  ['ru', chronoRu],
  ['en', chronoEn],
] as const;

/**
 * A due time written the way operators say it, in Russian or English: «завтра в 10»,
 * «через 2 часа», «в пятницу в 18:30», «в 9 по Новосибирску», "tomorrow at 10", "in 30 minutes",
 * "friday 6:30pm EST". Times without a zone are in the operator's zone; past-looking dates
 * mean the next one («в пятницу» on a Saturday is the coming Friday). Null when no time is found.
 */
export function parseDueTime(input: string, options: DueTimeOptions = {}): ParsedDueTime | null {
  const now = options.now ?? Date.now();
  const text = rewriteZonePhrases(input);
  const reference = { instant: new Date(now), timezone: zoneOffset(now, options.timeZone) };
  let best: (ParsedDueTime & { index: number }) | null = null;
  for (const [lang, parser] of PARSERS) {
    const [result] = parser.parse(text, reference, { forwardDate: true });
    // The parser that explains more of the input wins; Russian on a tie (most operators).
    if (result && (!best || result.text.length > best.matched.length)) {
      best = {
        dueAt: result.start.date().getTime(),
        matched: result.text,
        rest: '',
        lang,
        index: result.index,
      };
    }
  }
  if (!best) return null;
  const rest = `${text.slice(0, best.index)} ${text.slice(best.index + best.matched.length)}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.!?])/g, '$1')
    .trim();
  return { dueAt: best.dueAt, matched: best.matched, rest, lang: best.lang };
}
