import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';
import type { VerseAnalysis } from '@/utils/verse/types';

/** "The customer wrote in verse": its form, so the operator knows what the reply should match. */
export function VerseBadge({ verse }: { verse: VerseAnalysis }) {
  const lines = verse.lines.filter((l) => l.text.trim());
  const syllables = [...new Set(lines.map((l) => l.syllables))];
  const meter = verse.meter ? t(`meter_${verse.meter}` as MessageKey) : t('meterUnknown');
  return (
    <section
      className="card verse-badge"
      data-testid="verse-badge"
      data-scheme={verse.scheme ?? ''}
      data-meter={verse.meter ?? ''}
    >
      <h3>{t('verseDetected')}</h3>
      <p>{t('verseForm', lines.length, verse.scheme ?? '—', meter)}</p>
      {syllables.length === 1 && <p className="muted small">{t('verseSyllables', syllables[0]!)}</p>}
    </section>
  );
}
