import { useState } from 'react';
import { openConversationTab } from '@/utils/background/openConversationTab';
import { db } from '@/utils/db/db';
import { lastVisit } from '@/utils/db/visits';
import { t } from '@/utils/i18n/t';
import { describeKey } from '@/utils/subscriber/describeKey';
import { formatWhen } from '../memory/formatWhen';
import { NoteText } from './NoteText';
import { useNotesSearch } from './useNotesSearch';

async function openLastConversation(subscriberKey: string): Promise<void> {
  const visit = await lastVisit(db, subscriberKey);
  if (visit) await openConversationTab(visit.url);
}

/** Full-text search across the notes of all subscribers (Russian word forms match). */
export function NotesSearch({ onInsert }: { onInsert: (text: string) => void }) {
  const [query, setQuery] = useState('');
  const { indexing, results } = useNotesSearch(query);
  return (
    <section className="card notes-search" aria-label={t('searchTitle')} data-testid="notes-search">
      <h3>{t('searchTitle')}</h3>
      <input
        type="search"
        value={query}
        aria-label={t('searchTitle')}
        placeholder={t('searchPlaceholder')}
        onChange={(e) => setQuery(e.target.value)}
      />
      {indexing && <p className="muted small">{t('searchIndexing')}</p>}
      {results && results.length === 0 && !indexing && <p className="muted">{t('searchNone')}</p>}
      <ul className="note-list">
        {results?.map(({ note, subscriber }) => (
          <li key={note.id} className="note" data-testid="search-result">
            <strong className="small">
              {subscriber?.name ?? t('memNoName')} · {describeKey(note.subscriberKey).value}
            </strong>
            <NoteText text={note.text} />
            <p className="muted small">{formatWhen(note.updatedAt)}</p>
            <div className="row actions">
              <button type="button" onClick={() => onInsert(note.text)}>
                {t('insert')}
              </button>
              <button type="button" onClick={() => void openLastConversation(note.subscriberKey)}>
                {t('searchOpenLast')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
