import type { FollowUp } from '../db/types';

export const REMINDER_ALARM_PREFIX = 'followup:';

export interface ReminderPlan {
  /** Alarms to hold: one per pending follow-up still in the future. */
  schedule: { name: string; id: string; when: number }[];
  /** Due (or missed while the browser was closed) and not yet shown. */
  notifyNow: FollowUp[];
  /** Pending and past due: the toolbar badge. */
  overdue: number;
}

export function reminderAlarmName(id: string): string {
  return `${REMINDER_ALARM_PREFIX}${id}`;
}

export function followUpIdOfAlarm(name: string): string | null {
  return name.startsWith(REMINDER_ALARM_PREFIX) ? name.slice(REMINDER_ALARM_PREFIX.length) : null;
}

/**
 * What the background must do for the pending follow-ups at `now`. Rebuilt from the database on
 * every start of the service worker, so alarms lost to a restart are recreated and a reminder
 * missed while the browser was closed is shown once (it is then marked `notifiedAt`).
 */
export function planReminders(pending: readonly FollowUp[], now: number): ReminderPlan {
  const plan: ReminderPlan = { schedule: [], notifyNow: [], overdue: 0 };
  for (const f of pending) {
    if (f.status === 'done') continue;
    if (f.dueAt > now) {
      plan.schedule.push({ name: reminderAlarmName(f.id), id: f.id, when: f.dueAt });
    } else {
      plan.overdue++;
      if (f.notifiedAt === undefined) plan.notifyNow.push(f);
    }
  }
  plan.notifyNow.sort((a, b) => a.dueAt - b.dueAt);
  return plan;
}
