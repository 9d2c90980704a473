import type { SuflerDb } from './db';
import type { FollowUp } from './types';
import { FollowUpWriteError, guardWrite } from './writeError';

function guard<T>(write: () => Promise<T>): Promise<T> {
  return guardWrite(write, (failure, cause) => new FollowUpWriteError(failure, cause));
}

export interface NewFollowUp {
  subscriberKey: string;
  text: string;
  dueAt: number;
  /** The conversation to reopen from the reminder. */
  url?: string;
}

export function addFollowUp(db: SuflerDb, input: NewFollowUp, now = Date.now()): Promise<FollowUp> {
  const followUp: FollowUp = {
    id: crypto.randomUUID(),
    subscriberKey: input.subscriberKey,
    text: input.text,
    dueAt: input.dueAt,
    status: 'open',
    createdAt: now,
    updatedAt: now,
    ...(input.url ? { url: input.url } : {}),
  };
  return guard(async () => {
    await db.followUps.add(followUp);
    return followUp;
  });
}

async function change(db: SuflerDb, id: string, changes: Partial<FollowUp>): Promise<void> {
  // `undefined` removes a field in Dexie's update, which is how a new due time forgets `notifiedAt`.
  const changed = await db.followUps.update(id, changes);
  if (changed === 0) throw new Error('NotFound');
}

/** New text and/or due time; a new due time makes it pending again and due for a fresh reminder. */
export function editFollowUp(
  db: SuflerDb,
  id: string,
  edit: { text?: string; dueAt?: number },
  now = Date.now(),
): Promise<void> {
  return guard(() =>
    change(db, id, {
      ...(edit.text !== undefined ? { text: edit.text } : {}),
      ...(edit.dueAt !== undefined
        ? { dueAt: edit.dueAt, status: 'open', notifiedAt: undefined, doneAt: undefined }
        : {}),
      updatedAt: now,
    }),
  );
}

export function snoozeFollowUp(db: SuflerDb, id: string, until: number, now = Date.now()): Promise<void> {
  return guard(() =>
    change(db, id, {
      status: 'snoozed',
      dueAt: until,
      notifiedAt: undefined,
      doneAt: undefined,
      updatedAt: now,
    }),
  );
}

export function completeFollowUp(db: SuflerDb, id: string, now = Date.now()): Promise<void> {
  return guard(() => change(db, id, { status: 'done', doneAt: now, updatedAt: now }));
}

export function reopenFollowUp(db: SuflerDb, id: string, now = Date.now()): Promise<void> {
  return guard(() => change(db, id, { status: 'open', doneAt: undefined, updatedAt: now }));
}

export function deleteFollowUp(db: SuflerDb, id: string): Promise<void> {
  return guard(() => db.followUps.delete(id));
}

/** Remembers that its reminder was shown, so a restart does not show it again. */
export function markNotified(db: SuflerDb, id: string, at = Date.now()): Promise<void> {
  return guard(async () => {
    await db.followUps.update(id, { notifiedAt: at });
  });
}

export function isPending(f: Pick<FollowUp, 'status'>): boolean {
  return f.status !== 'done';
}

/** A subscriber's follow-ups: pending ones by due time, then done ones, latest first. */
export async function listFollowUps(db: SuflerDb, subscriberKey: string): Promise<FollowUp[]> {
  const all = await db.followUps.where('subscriberKey').equals(subscriberKey).toArray();
  const pending = all.filter(isPending).sort((a, b) => a.dueAt - b.dueAt);
  const done = all
    .filter((f) => !isPending(f))
    .sort((a, b) => (b.doneAt ?? b.updatedAt) - (a.doneAt ?? a.updatedAt));
  return [...pending, ...done];
}

/** Pending follow-ups of every subscriber due by `until` (overdue ones included), earliest first. */
export async function listPendingDueBy(db: SuflerDb, until: number): Promise<FollowUp[]> {
  const [open, snoozed] = await Promise.all(
    (['open', 'snoozed'] as const).map((status) =>
      db.followUps
        .where('[status+dueAt]')
        .between([status, -Infinity], [status, until], true, true)
        .toArray(),
    ),
  );
  return [...open!, ...snoozed!].sort((a, b) => a.dueAt - b.dueAt);
}

/** How many pending follow-ups are past due: the toolbar badge. */
export async function countOverdue(db: SuflerDb, now = Date.now()): Promise<number> {
  const counts = await Promise.all(
    (['open', 'snoozed'] as const).map((status) =>
      db.followUps.where('[status+dueAt]').between([status, -Infinity], [status, now], true, true).count(),
    ),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** Every pending follow-up, for rebuilding reminders at start-up. */
export function listPending(db: SuflerDb): Promise<FollowUp[]> {
  return db.followUps.where('status').anyOf('open', 'snoozed').toArray();
}
