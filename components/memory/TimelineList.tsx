import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/db';
import { resolveSubscriberKey } from '@/utils/db/resolveSubscriberKey';
import { loadTimeline, type TimelineEntry } from '@/utils/db/timeline';
import { t } from '@/utils/i18n/t';
import { formatWhen } from './formatWhen';

function firstLine(text: string, max = 140): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function describe(entry: TimelineEntry) {
  switch (entry.kind) {
    case 'note':
      return (
        <>
          <b>{t('tlNote')}:</b> {firstLine(entry.note.text)}
        </>
      );
    case 'followUp':
      return (
        <>
          <b>
            {entry.event === 'done'
              ? t('tlFollowUpDone')
              : t('tlFollowUpSet', formatWhen(entry.followUp.dueAt))}
            :
          </b>{' '}
          {firstLine(entry.followUp.text)}
        </>
      );
    case 'visit':
      return (
        <>
          <b>{t('tlVisit')}:</b>{' '}
          {/^https?:\/\//i.test(entry.visit.url) ? (
            <a href={entry.visit.url} target="_blank" rel="noopener noreferrer">
              {entry.visit.url}
            </a>
          ) : (
            entry.visit.url
          )}
        </>
      );
  }
}

/** One subscriber's history, newest first: notes, follow-ups and conversations opened. */
export function TimelineList({ subscriberKey }: { subscriberKey: string }) {
  const result = useLiveQuery(async () => {
    const key = await resolveSubscriberKey(db, subscriberKey);
    return { raw: subscriberKey, entries: await loadTimeline(db, key, 50) };
  }, [subscriberKey]);
  const entries = result?.raw === subscriberKey ? result.entries : undefined;
  if (entries && entries.length === 0) return <p className="muted">{t('tlEmpty')}</p>;
  return (
    <ol className="note-list timeline" data-testid="timeline">
      {entries?.map((entry) => (
        <li
          key={`${entry.kind}:${entry.kind === 'visit' ? entry.visit.id : entry.kind === 'note' ? entry.note.id : `${entry.followUp.id}:${entry.event}`}`}
          className="small"
          data-testid="timeline-entry"
          data-kind={entry.kind}
        >
          <span className="muted">{formatWhen(entry.at)}</span> · {describe(entry)}
        </li>
      ))}
    </ol>
  );
}
