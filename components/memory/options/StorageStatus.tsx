import { useCallback, useEffect, useState } from 'react';
import { t } from '@/utils/i18n/t';

type Persisted = 'granted' | 'not_granted' | 'unknown';

function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 && unit > 0 ? 1 : 0)} ${units[unit]}`;
}

/** Whether the browser promised to keep our data (persistent storage), and a button to ask. */
export function StorageStatus() {
  const [persisted, setPersisted] = useState<Persisted>('unknown');
  const [usage, setUsage] = useState<{ usage: number; quota: number } | null>(null);

  const refresh = useCallback(async () => {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persisted) return;
    setPersisted((await storage.persisted()) ? 'granted' : 'not_granted');
    const estimate = await storage.estimate?.();
    if (estimate?.usage !== undefined && estimate.quota !== undefined) {
      setUsage({ usage: estimate.usage, quota: estimate.quota });
    }
  }, []);
  useEffect(() => {
    refresh().catch(() => {});
  }, [refresh]);

  const ask = async () => {
    await globalThis.navigator?.storage?.persist?.();
    await refresh();
  };

  return (
    <div data-testid="memory-storage" data-persisted={persisted}>
      <h3>{t('memStorageTitle')}</h3>
      <p>
        {persisted === 'granted'
          ? t('memStorageGranted')
          : persisted === 'not_granted'
            ? t('memStorageNotGranted')
            : t('memStorageUnknown')}
      </p>
      {usage && (
        <p className="muted small">
          {t('memStorageUsage', formatBytes(usage.usage), formatBytes(usage.quota))}
        </p>
      )}
      {persisted !== 'granted' && (
        <button type="button" onClick={() => void ask().catch(() => {})}>
          {t('memStorageAsk')}
        </button>
      )}
    </div>
  );
}
