import { t } from '@/utils/i18n/t';
import type { AcceptResult } from '@/utils/packs/acceptPack';
import { describeRejection, rejectionDetails } from './describeRejection';

/** What happened to a pack the operator imported: installed/updated with the changelog, or why not. */
export function AcceptResultView({ result }: { result: AcceptResult }) {
  if (!result.ok) {
    const details = rejectionDetails(result.reason);
    return (
      <div className="error" role="alert" data-testid="pack-result">
        <p>{describeRejection(result.reason)}</p>
        {details.length > 0 && (
          <ul className="pack-issues">
            {details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const summary =
    result.status === 'installed'
      ? t('packInstalled', result.name, result.version)
      : result.status === 'updated'
        ? t('packUpdated', result.name, result.from ?? '?', result.version)
        : t('packUnchanged', result.name, result.version);
  return (
    <div className="ok" role="status" data-testid="pack-result">
      <p>{summary}</p>
      {result.changes.map((entry) => (
        <div key={entry.version}>
          <strong>{entry.version}</strong>
          <ul>
            {entry.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      ))}
      {result.warnings.length > 0 && (
        <p className="muted small">{t('packWarnings', result.warnings.length)}</p>
      )}
    </div>
  );
}
