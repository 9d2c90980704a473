import { create } from 'zustand';
import type { TemplateDraft } from '@/utils/packs/personalTemplates';
import type { TemplateKind } from '@/utils/templates/templateSchema';

export type PickerShow = 'all' | 'favourites' | 'recent';

export type PickerMode =
  | { type: 'list' }
  /** Filling in a template's fields before inserting it. */
  | { type: 'fill'; id: string }
  /** Editing: `id` of a personal template or override, `baseId` of a pack template to override. */
  | { type: 'edit'; id?: string; baseId?: string; draft: TemplateDraft };

/** A template just inserted, to learn whether the operator changed it before sending. */
export interface PendingInsert {
  usageId: string;
  text: string;
  url: string;
  /** Operator messages in the conversation when it was inserted. */
  operatorMessages: number;
  at: number;
}

interface TemplatesState {
  query: string;
  tag: string | null;
  show: PickerShow;
  lang: 'all' | 'ru' | 'en';
  kind: 'all' | TemplateKind;
  /** Index of the highlighted result. */
  active: number;
  mode: PickerMode;
  /** Bumped when the search box should take focus (shortcut, `/`, back from a form). */
  focusSearchAt: number;
  /** The last text the operator selected anywhere in the panel (for "template from this text"). */
  selection: string;
  pending: PendingInsert | null;
  setQuery: (query: string) => void;
  setFilter: (patch: Partial<Pick<TemplatesState, 'tag' | 'show' | 'lang' | 'kind'>>) => void;
  setActive: (index: number) => void;
  setMode: (mode: PickerMode) => void;
  focusSearch: () => void;
  setSelection: (text: string) => void;
  setPending: (pending: PendingInsert | null) => void;
}

/**
 * The template picker's UI state. Templates, favourites and usage are durable and live in Dexie;
 * this store only holds what the operator is doing right now.
 */
export const useTemplatesStore = create<TemplatesState>((set) => ({
  query: '',
  tag: null,
  show: 'all',
  lang: 'all',
  kind: 'all',
  active: 0,
  mode: { type: 'list' },
  focusSearchAt: 0,
  selection: '',
  pending: null,
  setQuery: (query) => set({ query, active: 0 }),
  setFilter: (patch) => set({ ...patch, active: 0 }),
  setActive: (active) => set({ active }),
  setMode: (mode) => set({ mode }),
  focusSearch: () => set({ mode: { type: 'list' }, focusSearchAt: Date.now() }),
  setSelection: (selection) => set({ selection }),
  setPending: (pending) => set({ pending }),
}));
