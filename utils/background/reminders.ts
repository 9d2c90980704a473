import { browser } from 'wxt/browser';
import type { SuflerDb } from '../db/db';
import { completeFollowUp, listPending, markNotified, snoozeFollowUp } from '../db/followUps';
import { resolveSubscriber } from '../db/resolveSubscriberKey';
import type { FollowUp } from '../db/types';
import { lastVisit } from '../db/visits';
import { followUpIdOfAlarm, planReminders, reminderAlarmName } from '../followups/planReminders';
import { snoozeUntil } from '../followups/snoozeUntil';
import { describeKey } from '../subscriber/describeKey';
import { openConversationTab } from './openConversationTab';
import { showOverdueBadge } from './reminderBadge';
import { REMINDER_ICON } from './reminderIcon';
import { reminderText } from './reminderText';

/** Chrome may fire an alarm a little late, never early; this slack covers rounding of `when`. */
const SAME_TIME_MS = 1000;

async function notify(db: SuflerDb, followUp: FollowUp): Promise<void> {
  const subscriber = await resolveSubscriber(db, followUp.subscriberKey);
  const who = subscriber?.name ?? describeKey(followUp.subscriberKey).value;
  await browser.notifications.create(reminderAlarmName(followUp.id), {
    type: 'basic',
    iconUrl: REMINDER_ICON,
    title: reminderText('reminderTitle', who),
    message: followUp.text,
    contextMessage: new Date(followUp.dueAt).toLocaleString(),
    priority: 2,
    // The operator may be on a call: the reminder stays until they act on it.
    requireInteraction: true,
    buttons: [{ title: reminderText('reminderSnooze') }, { title: reminderText('reminderDone') }],
  });
  await markNotified(db, followUp.id);
}

let running: Promise<number> = Promise.resolve(0);

/**
 * Makes alarms, notifications and the badge agree with the database: one alarm per future
 * follow-up, a notification for each due one not yet shown (including those missed while the
 * browser was closed), none for follow-ups done or moved, and the overdue count on the badge.
 * Safe to call any time; calls are queued so two wake-ups never show a reminder twice.
 */
export function syncReminders(db: SuflerDb, now?: number): Promise<number> {
  running = running.catch(() => 0).then(() => syncNow(db, now ?? Date.now()));
  return running;
}

async function syncNow(db: SuflerDb, now: number): Promise<number> {
  const pending = await listPending(db);
  const plan = planReminders(pending, now);
  const alarms = await browser.alarms.getAll();
  const wanted = new Map(plan.schedule.map((s) => [s.name, s.when]));
  for (const alarm of alarms) {
    const when = wanted.get(alarm.name);
    if (
      followUpIdOfAlarm(alarm.name) &&
      (when === undefined || Math.abs(alarm.scheduledTime - when) > SAME_TIME_MS)
    ) {
      await browser.alarms.clear(alarm.name);
    }
  }
  for (const { name, when } of plan.schedule) {
    const existing = alarms.find((a) => a.name === name);
    if (!existing || Math.abs(existing.scheduledTime - when) > SAME_TIME_MS)
      await browser.alarms.create(name, { when });
  }
  for (const followUp of plan.notifyNow) await notify(db, followUp);
  // Notifications of follow-ups that were done, deleted or moved to later go away.
  const dueIds = new Set(pending.filter((f) => f.dueAt <= now).map((f) => f.id));
  const shown = Object.keys(await browser.notifications.getAll());
  for (const id of shown) {
    const followUpId = followUpIdOfAlarm(id);
    if (followUpId && !dueIds.has(followUpId)) await browser.notifications.clear(id);
  }
  await showOverdueBadge(plan.overdue);
  return plan.overdue;
}

/**
 * What clicking a reminder does (also reachable from the panel's "today" list): bring its
 * conversation to the front — the panel follows the active tab, so it shows that subscriber —
 * and try to open the side panel there.
 */
export async function openFollowUp(db: SuflerDb, id: string): Promise<boolean> {
  const followUp = await db.followUps.get(id);
  if (!followUp) return false;
  const url = followUp.url ?? (await lastVisit(db, followUp.subscriberKey))?.url;
  const tabId = url ? await openConversationTab(url) : null;
  await browser.notifications.clear(reminderAlarmName(id)).catch(() => false);
  if (tabId === null) return false;
  // A notification click counts as a user gesture in Chrome, which sidePanel.open requires;
  // from elsewhere it may be refused, and the already open panel follows the tab anyway.
  await browser.sidePanel?.open({ tabId }).catch(() => {});
  return true;
}

export async function onReminderButton(db: SuflerDb, notificationId: string, button: number): Promise<void> {
  const id = followUpIdOfAlarm(notificationId);
  if (!id) return;
  if (button === 0) await snoozeFollowUp(db, id, snoozeUntil('15m', Date.now()));
  else await completeFollowUp(db, id);
  await browser.notifications.clear(notificationId);
  await syncReminders(db);
}
