import { browser } from 'wxt/browser';
import { applyRetention } from '../db/applyRetention';
import { db } from '../db/db';
import { followUpIdOfAlarm } from '../followups/planReminders';
import { onMessage } from '../messaging/messenger';
import { onReminderButton, openFollowUp, syncReminders } from './reminders';
import { RETENTION_DAYS_KEY, readRetentionDays } from './retentionSetting';

const SWEEP_ALARM = 'memory:sweep';
const RETENTION_ALARM = 'memory:retention';

/** Creating an alarm again would restart its period, so a worker waking often would never reach it. */
async function ensureAlarm(name: string, periodInMinutes: number): Promise<void> {
  if (!(await browser.alarms.get(name))) await browser.alarms.create(name, { periodInMinutes });
}

async function runRetention(): Promise<void> {
  const days = await readRetentionDays();
  if (days > 0) await applyRetention(db, days);
}

/**
 * Follow-up reminders and memory housekeeping in the service worker. Alarms do not survive
 * everything (an extension update, a cleared profile), so they are rebuilt from the database
 * whenever the worker starts — browser start-up, install/update, or any wake-up — and a sweep
 * every few minutes keeps the badge's overdue count current.
 */
export function setupReminders(): void {
  const sync = () => {
    syncReminders(db).catch(() => {});
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) runRetention().catch(() => {});
    else if (alarm.name === SWEEP_ALARM || followUpIdOfAlarm(alarm.name)) {
      // Never earlier than the alarm's own time: a due follow-up must count as due.
      syncReminders(db, Math.max(Date.now(), alarm.scheduledTime)).catch(() => {});
    }
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const id = followUpIdOfAlarm(notificationId);
    if (id) openFollowUp(db, id).catch(() => {});
  });
  browser.notifications.onButtonClicked.addListener((notificationId, button) => {
    onReminderButton(db, notificationId, button).catch(() => {});
  });
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(() => {
    sync();
    runRetention().catch(() => {});
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && RETENTION_DAYS_KEY in changes) runRetention().catch(() => {});
  });
  onMessage('syncReminders', async () => ({ overdue: await syncReminders(db) }));
  onMessage('openFollowUp', async ({ id }) => ({ ok: await openFollowUp(db, id) }));

  ensureAlarm(SWEEP_ALARM, 5).catch(() => {});
  ensureAlarm(RETENTION_ALARM, 24 * 60).catch(() => {});
  // Every wake of the worker (it is stopped after ~30 s idle) rebuilds from the database.
  sync();
}
