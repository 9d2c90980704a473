import { db } from '@/utils/db/db';
import { t } from '@/utils/i18n/t';
import { exportUsage } from '@/utils/packs/exportUsage';
import { usageReportToCsv } from '@/utils/templates/usageReport';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Usage counts for the team lead: counts only, never conversation text or subscriber data. */
export function UsageExport() {
  const save = async (format: 'json' | 'csv') => {
    const report = await exportUsage(db);
    const day = report.exportedAt.slice(0, 10);
    if (format === 'json')
      download(`sufler-usage-${day}.json`, 'application/json', `${JSON.stringify(report, null, 2)}\n`);
    else download(`sufler-usage-${day}.csv`, 'text/csv', usageReportToCsv(report));
  };
  return (
    <div>
      <p className="muted small">{t('packUsageHint')}</p>
      <div className="row">
        <button type="button" onClick={() => void save('json')}>
          {t('packExportJson')}
        </button>
        <button type="button" onClick={() => void save('csv')}>
          {t('packExportCsv')}
        </button>
      </div>
    </div>
  );
}
