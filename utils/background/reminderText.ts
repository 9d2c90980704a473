import { memoryEn } from '../i18n/areas/memory.en';
import { memoryRu } from '../i18n/areas/memory.ru';

type ReminderKey =
  | 'reminderTitle'
  | 'reminderSnooze'
  | 'reminderDone'
  | 'reminderBadgeTitle'
  | 'reminderIdleTitle';

/**
 * The few strings the service worker shows (notification, badge title), taken from this area's
 * catalogue directly: the full UI catalogue of every feature would weigh on the worker's bundle.
 * The language rule is the panel's (`pickLocale`).
 */
export function reminderText(key: ReminderKey, ...subs: (string | number)[]): string {
  const russian = /^(ru|be|uk|kk)\b/i.test(globalThis.navigator?.language ?? 'ru');
  const template: string = (russian ? memoryRu : memoryEn)[key];
  return template.replace(/\{(\d+)\}/g, (m, i: string) => String(subs[Number(i)] ?? m));
}
