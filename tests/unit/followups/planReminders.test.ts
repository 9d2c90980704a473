import { describe, expect, it } from 'vitest';
import type { FollowUp } from '@/utils/db/types';
import { endOfLocalDay, startOfLocalDay, tomorrowAt } from '@/utils/followups/localTime';
import { followUpIdOfAlarm, planReminders, reminderAlarmName } from '@/utils/followups/planReminders';
import { snoozeUntil } from '@/utils/followups/snoozeUntil';

const NOW = Date.parse('2025-11-25T13:40:00+03:00');

function followUp(id: string, dueAt: number, extra: Partial<FollowUp> = {}): FollowUp {
  return {
    id,
    subscriberKey: 'tel:+79161234567',
    text: 'Проверить зачисление перевода',
    dueAt,
    status: 'open',
    createdAt: NOW - 1000,
    updatedAt: NOW - 1000,
    ...extra,
  };
}

describe('planReminders', () => {
  it('schedules future reminders, shows missed ones once, and counts the overdue', () => {
    const plan = planReminders(
      [
        followUp('future', NOW + 60_000),
        followUp('missed-while-closed', NOW - 3_600_000),
        followUp('already-shown', NOW - 7_200_000, { notifiedAt: NOW - 7_100_000 }),
        followUp('snoozed-due', NOW - 1, { status: 'snoozed' }),
        followUp('done', NOW - 10, { status: 'done' }),
      ],
      NOW,
    );
    expect(plan.schedule).toEqual([{ name: 'followup:future', id: 'future', when: NOW + 60_000 }]);
    expect(plan.notifyNow.map((f) => f.id)).toEqual(['missed-while-closed', 'snoozed-due']);
    expect(plan.overdue).toBe(3);
  });

  it('names alarms so that they can be told from other features’ alarms', () => {
    expect(followUpIdOfAlarm(reminderAlarmName('abc'))).toBe('abc');
    expect(followUpIdOfAlarm('packs:update')).toBeNull();
  });
});

describe('local days and snoozing', () => {
  it('finds the operator’s day in their zone', () => {
    expect(startOfLocalDay(NOW, 'Europe/Moscow')).toBe(Date.parse('2025-11-25T00:00:00+03:00'));
    expect(endOfLocalDay(NOW, 'Europe/Moscow')).toBe(Date.parse('2025-11-26T00:00:00+03:00') - 1);
    // 13:40 in Moscow is already 17:40 in Novosibirsk, the same date; 23:30 in Moscow is the next day there.
    const late = Date.parse('2025-11-25T23:30:00+03:00');
    expect(startOfLocalDay(late, 'Asia/Novosibirsk')).toBe(Date.parse('2025-11-26T00:00:00+07:00'));
  });

  it('handles a day with a daylight-saving change', () => {
    // Berlin moves clocks forward on 30 March 2025.
    const morning = Date.parse('2025-03-29T12:00:00+01:00');
    expect(tomorrowAt(morning, 10, 0, 'Europe/Berlin')).toBe(Date.parse('2025-03-30T10:00:00+02:00'));
  });

  it('snoozes for minutes, hours or until tomorrow morning', () => {
    expect(snoozeUntil('15m', NOW)).toBe(NOW + 15 * 60_000);
    expect(snoozeUntil('1h', NOW)).toBe(NOW + 3_600_000);
    expect(snoozeUntil('tomorrow', NOW, 'Europe/Moscow')).toBe(Date.parse('2025-11-26T10:00:00+03:00'));
  });
});
