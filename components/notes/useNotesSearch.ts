import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '@/utils/db/db';
import { type NoteSearchResult, searchNotes } from '@/utils/db/searchNotes';
import { NotesIndex } from '@/utils/subscriber/NotesIndex';

/** One index per panel: built on the first search, then kept in step with the notes table. */
const index = new NotesIndex();
let indexedVersion: string | null = null;

async function ensureIndexed(version: string): Promise<void> {
  if (indexedVersion === version) return;
  index.sync(await db.notes.toArray());
  indexedVersion = version;
}

export interface NotesSearchState {
  indexing: boolean;
  results: NoteSearchResult[] | null;
}

/**
 * Searches all notes as the operator types (after a short pause). Any add, edit or delete
 * changes the table's "version" (count and latest edit), which re-syncs the index lazily on
 * the next search; only changed notes are re-indexed.
 */
export function useNotesSearch(query: string, limit = 20): NotesSearchState {
  const version = useLiveQuery(
    async () => `${await db.notes.count()}:${(await db.notes.orderBy('updatedAt').last())?.updatedAt ?? 0}`,
  );
  const [state, setState] = useState<NotesSearchState>({ indexing: false, results: null });
  useEffect(() => {
    const q = query.trim();
    if (!q || version === undefined) {
      setState({ indexing: false, results: null });
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, indexing: indexedVersion !== version }));
      ensureIndexed(version)
        .then(() => searchNotes(db, index, q, limit))
        .then(
          (results) => !cancelled && setState({ indexing: false, results }),
          () => !cancelled && setState({ indexing: false, results: [] }),
        );
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, version, limit]);
  return state;
}
