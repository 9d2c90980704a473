import { t } from '@/utils/i18n/t';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  error: string | null;
  /** The last write failed (not just a validation message): the submit button offers a retry. */
  retry: boolean;
  disabled: boolean;
  submitLabel: string;
  onCancel?: () => void;
}

/** An editor's footer: why the save failed, submit (or Retry after a failed write), and Cancel. */
export function SaveActions({ error, retry, disabled, submitLabel, onCancel }: Props) {
  return (
    <>
      <ErrorAlert message={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={disabled}>
          {retry ? t('retry') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </>
  );
}
