import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/db';
import { addNote, listNotes } from '@/utils/db/notes';
import { resolveSubscriberKey } from '@/utils/db/resolveSubscriberKey';
import { t } from '@/utils/i18n/t';
import { NoteEditor } from './NoteEditor';
import { NoteItem } from './NoteItem';

interface Props {
  subscriberKey: string;
  onInsert: (text: string) => void;
}

export function NotesPanel({ subscriberKey, onInsert }: Props) {
  // useLiveQuery keeps the previous result while a new query runs: tag results with their key so
  // the previous subscriber's notes never show under the next one. The page's key may be linked
  // or merged into another subscriber: the notes are that one's.
  const result = useLiveQuery(
    async () => ({
      key: subscriberKey,
      notes: await listNotes(db, await resolveSubscriberKey(db, subscriberKey)),
    }),
    [subscriberKey],
  );
  const notes = result?.key === subscriberKey ? result.notes : undefined;
  return (
    <section className="card notes" aria-label={t('notesTitle')}>
      <h3>{t('notesTitle')}</h3>
      <NoteEditor
        draftKey={`new:${subscriberKey}`}
        submitLabel={t('addNote')}
        onSave={async (text) => {
          await addNote(db, await resolveSubscriberKey(db, subscriberKey), text);
        }}
      />
      {notes && notes.length === 0 && (
        <p className="muted" data-testid="notes-empty">
          {t('notesEmpty')}
        </p>
      )}
      <ul className="note-list" data-testid="notes">
        {notes?.map((note) => (
          <NoteItem key={note.id} note={note} onInsert={onInsert} />
        ))}
      </ul>
    </section>
  );
}
