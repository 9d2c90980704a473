import { sendMessage } from '@/utils/messaging/messenger';

/**
 * Tells the background that follow-ups changed, so alarms and the badge follow at once. If the
 * worker cannot be reached, its next wake-up (at the latest the periodic sweep) catches up.
 */
export function requestReminderSync(): void {
  sendMessage('syncReminders', {}).catch(() => {});
}
