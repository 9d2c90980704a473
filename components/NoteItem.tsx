import { useState } from 'react';
import { db } from '@/utils/db/db';
import { deleteNote, setNotePinned, updateNote } from '@/utils/db/notes';
import type { Note } from '@/utils/db/types';
import { t } from '@/utils/i18n/t';
import { ConfirmDeleteRow } from './common/ConfirmDeleteRow';
import { ErrorAlert } from './common/ErrorAlert';
import { NoteEditor } from './NoteEditor';
import { NoteText } from './notes/NoteText';
import { discardDraft } from './useDraft';

interface Props {
  note: Note;
  onInsert: (text: string) => void;
}

export function NoteItem({ note, onInsert }: Props) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (editing) {
    return (
      <li className="note editing">
        <NoteEditor
          initial={note.text}
          draftKey={`edit:${note.id}`}
          submitLabel={t('saveNote')}
          onSave={async (text) => {
            await updateNote(db, note.id, text);
            setEditing(false);
          }}
          onCancel={() => {
            discardDraft(`edit:${note.id}`);
            setEditing(false);
          }}
        />
      </li>
    );
  }

  const run = (action: () => Promise<void>) => {
    action().then(
      () => setError(null),
      () => setError(t('saveFailedUnknown')),
    );
  };

  return (
    <li className={note.pinned ? 'note pinned' : 'note'} data-testid="note">
      {note.pinned === 1 && <span className="badge">{t('pinned')}</span>}
      <NoteText text={note.text} />
      <p className="muted small">{t('updatedAt', new Date(note.updatedAt).toLocaleString())}</p>
      <ErrorAlert message={error} />
      <ConfirmDeleteRow question="confirmDelete" onConfirm={() => run(() => deleteNote(db, note.id))}>
        <button type="button" className="primary" onClick={() => onInsert(note.text)}>
          {t('insert')}
        </button>
        <button type="button" onClick={() => run(() => setNotePinned(db, note.id, note.pinned === 0))}>
          {note.pinned ? t('unpin') : t('pin')}
        </button>
        <button type="button" onClick={() => setEditing(true)}>
          {t('edit')}
        </button>
      </ConfirmDeleteRow>
    </li>
  );
}
