import { create } from 'zustand';
import type { PromptMessage } from '@/utils/suggest/buildPrompt';
import type { LlmErrorKind } from '@/utils/suggest/llmErrors';

export type GenerationStatus = 'idle' | 'streaming' | 'done' | 'error';

/** One alternative; verse replies carry their score against the customer's poem (0..1). */
export interface Alternative {
  text: string;
  score?: number;
  repaired?: boolean;
}

interface SuggestState {
  status: GenerationStatus;
  alternatives: Alternative[];
  error: LlmErrorKind | null;
  /** The redacted request last sent, for "what goes to the model". */
  lastRequest: PromptMessage[] | null;
  /** Which conversation the alternatives belong to (they are cleared when it changes). */
  conversationKey: string | null;
  controller: AbortController | null;
  run: (
    conversationKey: string,
    request: PromptMessage[],
    task: (signal: AbortSignal, onUpdate: (texts: string[]) => void) => Promise<Alternative[]>,
    classify: (error: unknown) => LlmErrorKind,
  ) => Promise<void>;
  cancel: () => void;
  reset: (conversationKey: string | null) => void;
}

/** The LLM suggestions of the conversation on screen; session state only. */
export const useSuggestStore = create<SuggestState>((set, get) => ({
  status: 'idle',
  alternatives: [],
  error: null,
  lastRequest: null,
  conversationKey: null,
  controller: null,

  run: async (conversationKey, request, task, classify) => {
    get().controller?.abort();
    const controller = new AbortController();
    set({
      status: 'streaming',
      alternatives: [],
      error: null,
      lastRequest: request,
      conversationKey,
      controller,
    });
    const stillCurrent = () => get().controller === controller;
    try {
      const alternatives = await task(controller.signal, (partial) => {
        if (stillCurrent()) set({ alternatives: partial.map((text) => ({ text })) });
      });
      if (stillCurrent()) set({ status: 'done', alternatives, controller: null });
    } catch (error) {
      if (stillCurrent()) set({ status: 'error', error: classify(error), controller: null });
    }
  },

  cancel: () => {
    get().controller?.abort();
  },

  reset: (conversationKey) => {
    if (get().conversationKey === conversationKey) return;
    get().controller?.abort();
    set({
      status: 'idle',
      alternatives: [],
      error: null,
      lastRequest: null,
      conversationKey,
      controller: null,
    });
  },
}));
