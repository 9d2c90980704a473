import { TodayList } from '../followups/TodayList';
import { NotesSearch } from '../notes/NotesSearch';

/** The panel's memory tab: what is due today across subscribers, and search in all notes. */
export function MemoryTab({ onInsert }: { onInsert: (text: string) => void }) {
  return (
    <>
      <TodayList />
      <NotesSearch onInsert={onInsert} />
    </>
  );
}
