import { useState } from 'react';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';
import { ConfirmDeletePrompt } from './ConfirmDeletePrompt';

interface Props {
  question: MessageKey;
  onConfirm: () => void;
}

/** A Delete button that asks first, in place: the prompt takes the button's spot in the row. */
export function ConfirmDeleteButton({ question, onConfirm }: Props) {
  const [confirming, setConfirming] = useState(false);
  if (confirming) {
    return (
      <ConfirmDeletePrompt question={question} onConfirm={onConfirm} onCancel={() => setConfirming(false)} />
    );
  }
  return (
    <button type="button" onClick={() => setConfirming(true)}>
      {t('delete')}
    </button>
  );
}
