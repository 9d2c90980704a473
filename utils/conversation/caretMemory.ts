/**
 * Remembers where the operator's caret (or selection) was inside the reply box. Clicking in the
 * side panel, or on a message to copy a word, moves or drops the page's selection; an insertion
 * should still land where the operator left the caret.
 */
export interface CaretMemory {
  /** Notes the current selection if it is inside `composer` (call on `selectionchange`, `keyup`, `mouseup`). */
  remember(composer: Element | null): void;
  /** Puts the remembered caret back when the selection has left `composer`; true if it did. */
  restore(composer: Element): boolean;
  /** For a text field: the caret the operator last left in it, or null if they never were in it. */
  field(composer: Element): { start: number; end: number } | null;
}

function selectionIn(composer: Element): Range | null {
  const selection = composer.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return composer.contains(range.startContainer) && composer.contains(range.endContainer) ? range : null;
}

export function createCaretMemory(): CaretMemory {
  let saved: { composer: Element; range: Range } | null = null;
  const fields = new WeakMap<Element, { start: number; end: number }>();
  return {
    remember(composer) {
      if (!composer) return;
      if (composer.tagName === 'TEXTAREA' || composer.tagName === 'INPUT') {
        const field = composer as HTMLInputElement;
        if (field.ownerDocument.activeElement === field && field.selectionStart !== null) {
          fields.set(field, { start: field.selectionStart, end: field.selectionEnd ?? field.selectionStart });
        }
        return;
      }
      const range = selectionIn(composer);
      if (range) saved = { composer, range: range.cloneRange() };
    },
    field(composer) {
      return fields.get(composer) ?? null;
    },
    restore(composer) {
      if (!saved || saved.composer !== composer || selectionIn(composer)) return false;
      const { range } = saved;
      if (!composer.contains(range.startContainer) || !composer.contains(range.endContainer)) return false;
      const selection = composer.ownerDocument.getSelection();
      if (!selection) return false;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    },
  };
}
