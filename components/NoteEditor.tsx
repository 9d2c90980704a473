import { t } from '@/utils/i18n/t';
import { SaveActions } from './common/SaveActions';
import { useSaveWithRetry } from './common/useSaveWithRetry';
import { useDraft } from './useDraft';

interface Props {
  initial?: string;
  submitLabel: string;
  onSave: (text: string) => Promise<void>;
  onCancel?: () => void;
  /** Where the unsaved text is kept while typing (per subscriber, per note). */
  draftKey?: string;
}

/**
 * A note editor that never loses what was typed: if the write fails the text stays, the
 * operator is told why in plain words, and can retry.
 */
export function NoteEditor({ initial = '', submitLabel, onSave, onCancel, draftKey }: Props) {
  const [text, setText, clearDraft] = useDraft(draftKey, initial);
  const { error, saving, trySave } = useSaveWithRetry('saveFailedUnknown');

  const save = async () => {
    const trimmed = text.trim();
    if (!trimmed || saving) return;
    await trySave(async () => {
      await onSave(trimmed);
      // Saved: the draft is no longer needed (an edit editor closes right after).
      clearDraft();
    });
  };

  return (
    <form
      className="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <textarea
        value={text}
        placeholder={t('notePlaceholder')}
        aria-label={t('notesTitle')}
        rows={3}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
          if (e.key === 'Escape' && onCancel) onCancel();
        }}
      />
      <SaveActions
        error={error}
        retry={error !== null}
        disabled={saving || !text.trim()}
        submitLabel={submitLabel}
        onCancel={onCancel}
      />
    </form>
  );
}
