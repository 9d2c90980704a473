import { useState } from 'react';
import { t } from '@/utils/i18n/t';
import { SaveActions } from '../common/SaveActions';
import { useSaveWithRetry } from '../common/useSaveWithRetry';
import { formatWhen } from '../memory/formatWhen';
import { useNow } from '../memory/useNow';
import { useDraft } from '../useDraft';
import { resolveDue, toPickerValue } from './resolveDue';

interface Props {
  initialText?: string;
  initialDueAt?: number;
  submitLabel: string;
  onSave: (text: string, dueAt: number) => Promise<void>;
  onCancel?: () => void;
  /** Where unsaved input is kept while typing (per subscriber, per follow-up). */
  draftKey?: string;
}

/**
 * What to do and when, in words («завтра в 10», "in 2 hours") or with the calendar picker.
 * Like the note editor it never loses input: drafts are kept as the operator types, and a
 * failed save leaves everything in place with the reason and a retry.
 */
export function FollowUpEditor({
  initialText = '',
  initialDueAt,
  submitLabel,
  onSave,
  onCancel,
  draftKey,
}: Props) {
  const [text, setText, clearText] = useDraft(draftKey && `${draftKey}:text`, initialText);
  const [when, setWhen, clearWhen] = useDraft(draftKey && `${draftKey}:when`, '');
  const [picked, setPicked] = useState(initialDueAt ? toPickerValue(initialDueAt) : '');
  const { error, setError, saving, trySave } = useSaveWithRetry('fuSaveFailedUnknown');
  const now = useNow(30_000);
  const due = resolveDue(text, when, picked, now);

  const save = async () => {
    if (saving || !text.trim()) return;
    const choice = resolveDue(text, when, picked, Date.now());
    if (!choice) {
      setError(t('fuNoTime'));
      return;
    }
    await trySave(async () => {
      await onSave(choice.text, choice.dueAt);
      clearText();
      clearWhen();
      setPicked('');
    });
  };

  return (
    <form
      className="note-editor followup-editor"
      data-testid="followup-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <textarea
        value={text}
        rows={2}
        aria-label={t('fuWhat')}
        placeholder={t('fuWhatPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
          if (e.key === 'Escape' && onCancel) onCancel();
        }}
      />
      <div className="row">
        <input
          type="text"
          value={when}
          aria-label={t('fuWhen')}
          placeholder={t('fuWhenPlaceholder')}
          onChange={(e) => setWhen(e.target.value)}
        />
        <input
          type="datetime-local"
          value={picked}
          aria-label={t('fuPicker')}
          title={t('fuPicker')}
          onChange={(e) => setPicked(e.target.value)}
        />
      </div>
      {due ? (
        <p className="muted small" data-testid="followup-due-preview">
          {t('fuDueAt', formatWhen(due.dueAt, now))}
          {due.dueAt <= now ? ` ${t('fuPast')}` : ''}
        </p>
      ) : (
        when.trim() && <p className="muted small">{t('fuNoTime')}</p>
      )}
      <SaveActions
        error={error}
        // A missing time is the operator's to fix, not a failed write to retry.
        retry={error !== null && error !== t('fuNoTime')}
        disabled={saving || !text.trim()}
        submitLabel={submitLabel}
        onCancel={onCancel}
      />
    </form>
  );
}
