import { useEffect, useState } from 'react';
import { readRetentionDays, writeRetentionDays } from '@/utils/background/retentionSetting';
import { applyRetention } from '@/utils/db/applyRetention';
import { db } from '@/utils/db/db';
import { t } from '@/utils/i18n/t';

const DEFAULT_DAYS = 365;

/** Optional deletion of old notes and history; off by default, and explained. */
export function RetentionControls() {
  const [days, setDays] = useState(0);
  const [draft, setDraft] = useState(String(DEFAULT_DAYS));
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    readRetentionDays()
      .then((stored) => {
        setDays(stored);
        if (stored > 0) setDraft(String(stored));
      })
      .catch(() => {});
  }, []);

  const save = async (next: number) => {
    await writeRetentionDays(next);
    setDays(next);
    setMessage(t('memRetentionSaved'));
  };
  const parsedDraft = Math.max(1, Math.floor(Number(draft) || DEFAULT_DAYS));

  return (
    <div data-testid="memory-retention">
      <h3>{t('memRetentionTitle')}</h3>
      <p>{t('memRetentionIntro')}</p>
      <div className="row">
        <label className="row">
          <input
            type="checkbox"
            checked={days > 0}
            onChange={(e) => void save(e.target.checked ? parsedDraft : 0)}
          />
          <span>{t('memRetentionOn')}</span>
        </label>
        <label className="row">
          <span>{t('memRetentionDays')}</span>
          <input
            type="number"
            min={1}
            max={36500}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => {
              if (days > 0) void save(parsedDraft);
            }}
          />
        </label>
        {days > 0 && (
          <button
            type="button"
            onClick={() =>
              void applyRetention(db, days).then((r) =>
                setMessage(t('memRetentionApplied', r.notes, r.visits, r.followUps)),
              )
            }
          >
            {t('memRetentionApply')}
          </button>
        )}
      </div>
      {message && (
        <p className="muted small" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
