import { t } from '@/utils/i18n/t';
import type { SnapshotDto } from '@/utils/messaging/snapshotDto';
import { TeachSite } from './TeachSite';

/**
 * A CRM page where nothing was read: when the site's saved profile no longer fits, say so plainly
 * and offer to teach it again; otherwise offer to teach it (a CRM Sufler does not know yet).
 */
export function CantReadPage({ snapshot }: { snapshot: SnapshotDto }) {
  if (snapshot.savedProfile === 'mismatch') {
    return (
      <section className="card empty" data-testid="cant-read">
        <h2>{t('crmCantReadTitle')}</h2>
        <p>{t('crmCantReadBody')}</p>
        <TeachSite again />
      </section>
    );
  }
  return (
    <section className="card empty" data-testid="no-conversation">
      <h2>{t('noConversationTitle')}</h2>
      <p>{t('noConversationBody')}</p>
      <TeachSite />
    </section>
  );
}
