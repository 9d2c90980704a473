import type { EmotionResult } from '@/utils/analysis/detectEmotion';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';

/** Splits text into plain and highlighted pieces; everything stays text (never HTML). */
function segments(text: string, cues: EmotionResult['cues']): { text: string; mark: boolean }[] {
  const spans = [...cues].filter((c) => c.end <= text.length).sort((a, b) => a.start - b.start);
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const c of spans) {
    if (c.start < at) continue;
    if (c.start > at) out.push({ text: text.slice(at, c.start), mark: false });
    out.push({ text: text.slice(c.start, c.end), mark: true });
    at = c.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** The customer's emotion, its strength, and the words that show it, highlighted in their last message. */
export function EmotionView({ emotion, text }: { emotion: EmotionResult; text: string }) {
  if (emotion.emotion === 'neutral' || !text) return null;
  const level = Math.max(1, Math.round(emotion.intensity * 5));
  return (
    <section className="card emotion" data-testid="emotion" data-emotion={emotion.emotion}>
      <h3>{t('emotionTitle')}</h3>
      <p>
        <strong>{t(`emotion_${emotion.emotion}` as MessageKey)}</strong>
        <span className={`intensity level-${level}`} title={t('intensity', level)}>
          <span aria-hidden="true">
            {'●'.repeat(level)}
            {'○'.repeat(5 - level)}
          </span>
          <span className="visually-hidden">{t('intensity', level)}</span>
        </span>
      </p>
      {emotion.cues.length > 0 && (
        <blockquote className="emotion-text" title={t('emotionWhy')}>
          {segments(text, emotion.cues).map((s, i) =>
            // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed text
            s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
          )}
        </blockquote>
      )}
    </section>
  );
}
