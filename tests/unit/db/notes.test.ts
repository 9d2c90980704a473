import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SuflerDb } from '@/utils/db/db';
import { addNote, deleteNote, listNotes, setNotePinned, updateNote } from '@/utils/db/notes';
import { touchSubscriber } from '@/utils/db/touchSubscriber';
import { NoteWriteError } from '@/utils/db/writeError';

let db: SuflerDb;
const KEY = 'tel:+79161234567';

beforeEach(async () => {
  db = new SuflerDb(`notes-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('notes', () => {
  it('adds, edits, pins and deletes, pinned first then newest', async () => {
    const a = await addNote(db, KEY, 'Жена с сыном на автовокзале в Твери, перевод до недели', 1000);
    const b = await addNote(db, KEY, 'Обещал перезвонить завтра в 10:00', 2000);
    await addNote(db, 'tel:+79035550000', 'Чужая заметка', 3000);
    expect((await listNotes(db, KEY)).map((n) => n.id)).toEqual([b.id, a.id]);

    await setNotePinned(db, a.id, true);
    expect((await listNotes(db, KEY)).map((n) => n.id)).toEqual([a.id, b.id]);

    await updateNote(db, b.id, 'Перезвонить завтра в 10:00 — проверить перевод', 4000);
    const notes = await listNotes(db, KEY);
    expect(notes[1]?.text).toBe('Перезвонить завтра в 10:00 — проверить перевод');
    expect(notes[1]?.updatedAt).toBe(4000);

    await deleteNote(db, a.id);
    expect((await listNotes(db, KEY)).map((n) => n.id)).toEqual([b.id]);
  });

  it('reports a closed database as a typed failure the panel can explain', async () => {
    db.close();
    const error = await addNote(db, KEY, 'Текст, который нельзя потерять').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoteWriteError);
    expect((error as NoteWriteError).failure).toBe('closed');
  });

  it('fails editing a note that no longer exists instead of silently doing nothing', async () => {
    await expect(updateNote(db, 'missing', 'x')).rejects.toBeInstanceOf(NoteWriteError);
  });
});

describe('touchSubscriber', () => {
  it('creates a subscriber on first sight and merges identifiers later', async () => {
    const origin = 'http://127.0.0.1:4173';
    const key = await touchSubscriber(
      db,
      { phone: '+79161234567', name: 'Алексей Воронин', crmId: 'CL-1' },
      origin,
      10,
    );
    expect(key).toBe(KEY);
    await touchSubscriber(db, { phone: '+79161234567', email: 'voronin@example.ru' }, origin, 20);
    const s = await db.subscribers.get(KEY);
    expect(s).toMatchObject({
      name: 'Алексей Воронин',
      emails: ['voronin@example.ru'],
      crmIds: [`${origin}|CL-1`],
      firstSeen: 10,
      lastSeen: 20,
    });
  });

  it('returns null when the page shows nothing stable', async () => {
    expect(await touchSubscriber(db, { name: 'Без телефона' }, 'http://x')).toBeNull();
  });
});
