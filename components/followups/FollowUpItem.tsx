import { useState } from 'react';
import { db } from '@/utils/db/db';
import {
  completeFollowUp,
  deleteFollowUp,
  editFollowUp,
  reopenFollowUp,
  snoozeFollowUp,
} from '@/utils/db/followUps';
import type { FollowUp } from '@/utils/db/types';
import { snoozeUntil } from '@/utils/followups/snoozeUntil';
import { t } from '@/utils/i18n/t';
import { ConfirmDeleteRow } from '../common/ConfirmDeleteRow';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatWhen } from '../memory/formatWhen';
import { requestReminderSync } from '../memory/requestReminderSync';
import { NoteText } from '../notes/NoteText';
import { discardDraft } from '../useDraft';
import { FollowUpEditor } from './FollowUpEditor';
import { SnoozeMenu } from './SnoozeMenu';

interface Props {
  followUp: FollowUp;
  now: number;
  /** Shown in lists across subscribers ("today"). */
  who?: string;
  /** Opens the follow-up's conversation (the same path as clicking its reminder). */
  onOpen?: () => void;
}

export function FollowUpItem({ followUp, now, who, onOpen }: Props) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const done = followUp.status === 'done';
  const overdue = !done && followUp.dueAt <= now;

  const run = (action: () => Promise<void>) => {
    action().then(
      () => {
        setError(null);
        requestReminderSync();
      },
      () => setError(t('fuActionFailed')),
    );
  };

  if (editing) {
    return (
      <li className="followup editing-followup">
        <FollowUpEditor
          initialText={followUp.text}
          initialDueAt={followUp.dueAt}
          draftKey={`fu:edit:${followUp.id}`}
          submitLabel={t('fuSave')}
          onSave={async (text, dueAt) => {
            await editFollowUp(db, followUp.id, { text, ...(dueAt !== followUp.dueAt ? { dueAt } : {}) });
            requestReminderSync();
            setEditing(false);
          }}
          onCancel={() => {
            discardDraft(`fu:edit:${followUp.id}:text`);
            discardDraft(`fu:edit:${followUp.id}:when`);
            setEditing(false);
          }}
        />
      </li>
    );
  }

  const status = done
    ? 'fuStatusDone'
    : overdue
      ? 'fuStatusOverdue'
      : followUp.status === 'snoozed'
        ? 'fuStatusSnoozed'
        : null;
  return (
    <li
      className={`note followup${overdue ? ' pinned' : ''}`}
      data-testid="followup"
      data-status={followUp.status}
    >
      {who && <strong className="small">{who}</strong>}
      <NoteText text={followUp.text} />
      <p className={overdue ? 'error small' : 'muted small'}>
        {formatWhen(followUp.dueAt, now)}
        {status && ` · ${t(status)}`}
      </p>
      <ErrorAlert message={error} />
      <ConfirmDeleteRow
        question="fuDeleteConfirm"
        onConfirm={() => run(() => deleteFollowUp(db, followUp.id))}
      >
        {onOpen && followUp.url && (
          <button type="button" className="primary" onClick={onOpen}>
            {t('fuOpen')}
          </button>
        )}
        {done ? (
          <button type="button" onClick={() => run(() => reopenFollowUp(db, followUp.id))}>
            {t('fuReopen')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => run(() => completeFollowUp(db, followUp.id))}>
              {t('fuDone')}
            </button>
            <SnoozeMenu
              onSnooze={(choice) =>
                run(() => snoozeFollowUp(db, followUp.id, snoozeUntil(choice, Date.now())))
              }
            />
            <button type="button" onClick={() => setEditing(true)}>
              {t('edit')}
            </button>
          </>
        )}
      </ConfirmDeleteRow>
    </li>
  );
}
