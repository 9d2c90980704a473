import { t } from '@/utils/i18n/t';
import type { SnapshotDto } from '@/utils/messaging/snapshotDto';
import { TeachSite } from './TeachSite';

/** What the panel should know about how the page was read: a guess, or only part of a long thread. */
export function ReadingNotice({ snapshot }: { snapshot: SnapshotDto }) {
  return (
    <>
      {snapshot.confidence === 'low' && (
        <section className="card crm-unsure" data-testid="reading-unsure" role="status">
          <h3>{t('crmUnsureTitle')}</h3>
          <p>{t('crmUnsureBody')}</p>
          <TeachSite />
        </section>
      )}
      {snapshot.savedProfile === 'mismatch' && (
        <section className="card crm-unsure" data-testid="cant-read" role="status">
          <h3>{t('crmCantReadTitle')}</h3>
          <p>{t('crmCantReadBody')}</p>
          <TeachSite again />
        </section>
      )}
      {snapshot.partial && (
        <p className="muted small" data-testid="reading-partial">
          {t('crmPartial')}
        </p>
      )}
    </>
  );
}
