import { browser } from 'wxt/browser';
import { reminderText } from './reminderText';

/** The toolbar badge: how many follow-ups are past due (empty when none). */
export async function showOverdueBadge(count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#c0392b' });
  await browser.action.setBadgeText({ text: count > 99 ? '99+' : count > 0 ? String(count) : '' });
  await browser.action.setTitle({
    title: count > 0 ? reminderText('reminderBadgeTitle', count) : reminderText('reminderIdleTitle'),
  });
}
