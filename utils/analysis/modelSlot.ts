/**
 * Where a detector finds its trained model: empty until set. The Node API (`utils/core`) sets the
 * shipped models at import; the side panel loads them after its first paint (`load`), so the
 * lexicons answer first. `generation` changes with every set: results cached under another
 * generation are stale.
 */
export interface ModelSlot<M> {
  set(model: M | undefined): void;
  current(): M | undefined;
  generation(): number;
  /** Loads the shipped model (a chunk of its own in the panel) and sets it, unless one is set; once. */
  load(): Promise<void>;
}

export function modelSlot<M>(shipped: () => Promise<M>): ModelSlot<M> {
  let current: M | undefined;
  let generation = 0;
  let loading: Promise<void> | undefined;
  const set = (model: M | undefined) => {
    current = model;
    generation++;
  };
  return {
    set,
    current: () => current,
    generation: () => generation,
    load: () => {
      loading ??= shipped().then((model) => {
        if (!current) set(model);
      });
      return loading;
    },
  };
}
