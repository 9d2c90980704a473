import type { SuflerDb } from './db';
import type { FollowUp, Note, Visit } from './types';
import { listVisits } from './visits';

export type TimelineEntry =
  | { kind: 'note'; at: number; note: Note }
  | { kind: 'followUp'; at: number; event: 'created' | 'done'; followUp: FollowUp }
  | { kind: 'visit'; at: number; visit: Visit };

/**
 * What happened with one subscriber, newest first: notes written, follow-ups set and done, and
 * conversations opened (time and URL only).
 */
export async function loadTimeline(
  db: SuflerDb,
  subscriberKey: string,
  limit = 100,
): Promise<TimelineEntry[]> {
  const [notes, followUps, visits] = await Promise.all([
    db.notes.where('subscriberKey').equals(subscriberKey).toArray(),
    db.followUps.where('subscriberKey').equals(subscriberKey).toArray(),
    listVisits(db, subscriberKey, limit),
  ]);
  const entries: TimelineEntry[] = [
    ...notes.map((note): TimelineEntry => ({ kind: 'note', at: note.createdAt, note })),
    ...visits.map((visit): TimelineEntry => ({ kind: 'visit', at: visit.at, visit })),
  ];
  for (const followUp of followUps) {
    entries.push({ kind: 'followUp', at: followUp.createdAt, event: 'created', followUp });
    if (followUp.status === 'done') {
      entries.push({ kind: 'followUp', at: followUp.doneAt ?? followUp.updatedAt, event: 'done', followUp });
    }
  }
  return entries.sort((a, b) => b.at - a.at).slice(0, limit);
}
