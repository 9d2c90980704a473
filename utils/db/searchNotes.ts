import type { NotesIndex } from '../subscriber/NotesIndex';
import type { SuflerDb } from './db';
import type { Note, Subscriber } from './types';

export interface NoteSearchResult {
  note: Note;
  /** Who the note is about (absent if the subscriber row was wiped separately). */
  subscriber?: Subscriber;
}

/** The notes of all subscribers that match the query, newest first, with whom each is about. */
export async function searchNotes(
  db: SuflerDb,
  index: NotesIndex,
  query: string,
  limit = 20,
): Promise<NoteSearchResult[]> {
  const hits = index.search(query, limit);
  if (hits.length === 0) return [];
  const notes = await db.notes.bulkGet(hits.map((h) => h.id));
  const keys = [...new Set(notes.flatMap((n) => (n ? [n.subscriberKey] : [])))];
  const subscribers = new Map(
    (await db.subscribers.bulkGet(keys)).flatMap((s) => (s ? [[s.key, s] as const] : [])),
  );
  const results: NoteSearchResult[] = [];
  hits.forEach((_hit, i) => {
    const note = notes[i];
    // A note deleted since the index last synced is simply not shown.
    if (note) results.push({ note, subscriber: subscribers.get(note.subscriberKey) });
  });
  return results;
}
