import { useState } from 'react';
import { SNOOZE_CHOICES, type SnoozeChoice } from '@/utils/followups/snoozeUntil';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';

const LABELS: Record<SnoozeChoice, MessageKey> = {
  '15m': 'fuSnooze15m',
  '1h': 'fuSnooze1h',
  '3h': 'fuSnooze3h',
  tomorrow: 'fuSnoozeTomorrow',
};

export function SnoozeMenu({ onSnooze }: { onSnooze: (choice: SnoozeChoice) => void }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} aria-expanded={false}>
        {t('fuSnooze')}
      </button>
    );
  }
  return (
    <span className="row snooze-menu">
      {SNOOZE_CHOICES.map((choice) => (
        <button
          key={choice}
          type="button"
          onClick={() => {
            setOpen(false);
            onSnooze(choice);
          }}
        >
          {t(LABELS[choice])}
        </button>
      ))}
      <button type="button" onClick={() => setOpen(false)}>
        {t('cancel')}
      </button>
    </span>
  );
}
