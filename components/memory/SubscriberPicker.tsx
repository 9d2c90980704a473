import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '@/utils/db/db';
import { searchSubscribers } from '@/utils/db/searchSubscribers';
import type { Subscriber } from '@/utils/db/types';
import { t } from '@/utils/i18n/t';
import { describeKey } from '@/utils/subscriber/describeKey';

interface Props {
  /** The subscriber being corrected: not offered as its own match. */
  exclude: string;
  onPick: (subscriber: Subscriber) => void;
  onCancel: () => void;
}

/** Finds the subscriber the operator means, by name, phone or e-mail. */
export function SubscriberPicker({ exclude, onPick, onCancel }: Props) {
  const [query, setQuery] = useState('');
  const found = useLiveQuery(
    async () => (await searchSubscribers(db, query, 9)).filter((s) => s.key !== exclude).slice(0, 8),
    [query, exclude],
  );
  return (
    <div className="subscriber-picker" data-testid="subscriber-picker">
      <p className="small">
        <b>{t('memPickTitle')}</b>
      </p>
      <input
        type="search"
        value={query}
        aria-label={t('memPickSearch')}
        placeholder={t('memPickSearch')}
        onChange={(e) => setQuery(e.target.value)}
      />
      {found && found.length === 0 && <p className="muted small">{t('memPickNone')}</p>}
      <ul className="note-list">
        {found?.map((s) => (
          <li key={s.key} className="row">
            <span>
              {s.name ?? t('memNoName')} <span className="muted small">{describeKey(s.key).value}</span>
            </span>
            <button type="button" onClick={() => onPick(s)}>
              {t('memPickThis')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
