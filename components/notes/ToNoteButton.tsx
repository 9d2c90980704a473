import { useEffect, useState } from 'react';
import { db } from '@/utils/db/db';
import { addNote } from '@/utils/db/notes';
import { resolveSubscriberKey } from '@/utils/db/resolveSubscriberKey';
import { t } from '@/utils/i18n/t';
import { useConversationKey } from '../memory/useConversationKey';

/**
 * Saves a text (a conversation message, a suggestion) as a note about the current subscriber
 * in one click. Exported for other panels: any text can get this button.
 */
export function ToNoteButton({ text }: { text: string }) {
  const conversation = useConversationKey();
  const [state, setState] = useState<'idle' | 'saving' | 'done' | 'failed'>('idle');
  const rawKey = conversation?.rawKey;
  // The list reuses its rows when the conversation changes: a new text starts unsaved.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on purpose when these change
  useEffect(() => setState('idle'), [rawKey, text]);
  if (!rawKey || !text.trim()) return null;
  const save = async () => {
    setState('saving');
    try {
      await addNote(db, await resolveSubscriberKey(db, rawKey), text.trim());
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <button
      type="button"
      className="small"
      // A quiet secondary action under every message: smaller than the panel's main buttons.
      style={{ padding: '0 8px', marginTop: 4 }}
      data-testid="to-note"
      title={t('memToNoteTitle')}
      disabled={state === 'saving' || state === 'done'}
      onClick={() => void save()}
    >
      {state === 'done' ? t('memToNoteDone') : state === 'failed' ? t('memToNoteFailed') : t('memToNote')}
    </button>
  );
}
