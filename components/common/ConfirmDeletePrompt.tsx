import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';

interface Props {
  /** Each list asks in its own words ("Удалить заметку?", "Удалить пакет?"). */
  question: MessageKey;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The second step of a delete: the question, Delete and Cancel. A fragment, so each caller keeps
 * its own container (a `row confirm` of its own, or in place inside an existing row).
 */
export function ConfirmDeletePrompt({ question, onConfirm, onCancel }: Props) {
  return (
    <>
      <span>{t(question)}</span>
      <button type="button" className="danger" onClick={onConfirm}>
        {t('delete')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </>
  );
}
