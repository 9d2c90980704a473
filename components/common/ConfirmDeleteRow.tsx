import { type ReactNode, useState } from 'react';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';
import { ConfirmDeletePrompt } from './ConfirmDeletePrompt';

interface Props {
  question: MessageKey;
  onConfirm: () => void;
  /** The item's other actions, shown before Delete. */
  children: ReactNode;
}

/**
 * A list item's row of actions ending in Delete. Asking to delete swaps the whole row for the
 * confirmation, so no other action can be clicked while the operator decides.
 */
export function ConfirmDeleteRow({ question, onConfirm, children }: Props) {
  const [confirming, setConfirming] = useState(false);
  if (confirming) {
    return (
      <div className="row confirm">
        <ConfirmDeletePrompt
          question={question}
          onConfirm={onConfirm}
          onCancel={() => setConfirming(false)}
        />
      </div>
    );
  }
  return (
    <div className="row actions">
      {children}
      <button type="button" onClick={() => setConfirming(true)}>
        {t('delete')}
      </button>
    </div>
  );
}
