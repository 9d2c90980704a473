import { tomorrowAt } from './localTime';

export type SnoozeChoice = '15m' | '1h' | '3h' | 'tomorrow';

export const SNOOZE_CHOICES: readonly SnoozeChoice[] = ['15m', '1h', '3h', 'tomorrow'];

/** When a snoozed reminder comes back; "tomorrow" is the start of the next working morning (10:00). */
export function snoozeUntil(choice: SnoozeChoice, now: number, timeZone?: string): number {
  switch (choice) {
    case '15m':
      return now + 15 * 60_000;
    case '1h':
      return now + 60 * 60_000;
    case '3h':
      return now + 3 * 60 * 60_000;
    case 'tomorrow':
      return tomorrowAt(now, 10, 0, timeZone);
  }
}
