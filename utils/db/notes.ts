import type { SuflerDb } from './db';
import type { Note } from './types';
import { guardWrite, NoteWriteError } from './writeError';

function guard<T>(write: () => Promise<T>): Promise<T> {
  return guardWrite(write, (failure, cause) => new NoteWriteError(failure, cause));
}

/** Notes of one subscriber, pinned first, then newest first. */
export async function listNotes(db: SuflerDb, subscriberKey: string): Promise<Note[]> {
  const notes = await db.notes.where('subscriberKey').equals(subscriberKey).toArray();
  return notes.sort((a, b) => b.pinned - a.pinned || b.updatedAt - a.updatedAt);
}

export function addNote(db: SuflerDb, subscriberKey: string, text: string, now = Date.now()): Promise<Note> {
  const note: Note = {
    id: crypto.randomUUID(),
    subscriberKey,
    text,
    pinned: 0,
    createdAt: now,
    updatedAt: now,
  };
  return guard(async () => {
    await db.notes.add(note);
    return note;
  });
}

export function updateNote(db: SuflerDb, id: string, text: string, now = Date.now()): Promise<void> {
  return guard(async () => {
    const changed = await db.notes.update(id, { text, updatedAt: now });
    if (changed === 0) throw new Error('NotFound');
  });
}

export function setNotePinned(db: SuflerDb, id: string, pinned: boolean): Promise<void> {
  return guard(async () => {
    await db.notes.update(id, { pinned: pinned ? 1 : 0 });
  });
}

export function deleteNote(db: SuflerDb, id: string): Promise<void> {
  return guard(() => db.notes.delete(id));
}
