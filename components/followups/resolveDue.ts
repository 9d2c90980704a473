import { parseDueTime } from '@/utils/followups/parseDueTime';

export interface DueChoice {
  dueAt: number;
  /** The task text to store (the time phrase taken out when the time was written inside it). */
  text: string;
}

/** `YYYY-MM-DDTHH:mm` of a datetime-local input, in the operator's zone. */
export function toPickerValue(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The due time from what the operator filled in: the "when" words first, then the calendar
 * picker, then a time written inside the task itself («перезвонить завтра в 10»). Null when
 * nothing names a time (or the "when" words cannot be read).
 */
export function resolveDue(text: string, when: string, picked: string, now: number): DueChoice | null {
  const task = text.trim();
  if (when.trim()) {
    const parsed = parseDueTime(when, { now });
    return parsed ? { dueAt: parsed.dueAt, text: task } : null;
  }
  if (picked) {
    const at = new Date(picked).getTime();
    return Number.isFinite(at) ? { dueAt: at, text: task } : null;
  }
  const inline = parseDueTime(task, { now });
  if (!inline) return null;
  return { dueAt: inline.dueAt, text: inline.rest || task };
}
