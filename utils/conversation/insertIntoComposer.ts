import type { CaretMemory } from './caretMemory';
import { isShown } from './findComposer';

export type InsertResult = { ok: true } | { ok: false; reason: 'no_composer' | 'not_editable' };

type TextField = HTMLTextAreaElement | HTMLInputElement;

function isTextField(el: Element): el is TextField {
  return (
    el.tagName === 'TEXTAREA' ||
    (el.tagName === 'INPUT' && /^(text|search|)$/i.test((el as HTMLInputElement).type))
  );
}

function isContentEditable(el: Element): el is HTMLElement {
  const attr = el.getAttribute('contenteditable');
  // An editor iframe's body (TinyMCE, CKEditor 4) is editable through designMode.
  return (
    (attr !== null && attr !== 'false') || (el.tagName === 'BODY' && el.ownerDocument.designMode === 'on')
  );
}

function tryExecInsert(doc: Document, text: string): boolean {
  try {
    // Deprecated but still the only way to insert that keeps the page's undo stack and fires
    // beforeinput/input exactly as typing does, which React/Vue/ProseMirror all listen to.
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * Where to write in a text field: where the operator left the caret (remembered, or the live
 * selection while the field has focus); a field they never touched gets the text at its end.
 */
function fieldRange(el: TextField, memory: CaretMemory | undefined): [number, number] {
  const length = el.value.length;
  const clamp = (n: number) => Math.min(Math.max(n, 0), length);
  const remembered = memory?.field(el);
  if (remembered) return [clamp(remembered.start), clamp(remembered.end)];
  if (!memory || el.ownerDocument.activeElement === el) {
    const start = el.selectionStart ?? length;
    return [start, el.selectionEnd ?? start];
  }
  return [length, length];
}

function insertIntoField(el: TextField, text: string, memory?: CaretMemory): InsertResult {
  if (el.disabled || el.readOnly) return { ok: false, reason: 'not_editable' };
  const before = el.value;
  const [start, end] = fieldRange(el, memory);
  el.focus({ preventScroll: true });
  el.setSelectionRange(start, end);
  const expected = before.slice(0, start) + text + before.slice(end);
  if (tryExecInsert(el.ownerDocument, text) && el.value === expected) return { ok: true };

  // Fallback: React keeps its own copy of `value` and only notices a change made through the
  // prototype's setter, so set it there and announce it with an input event.
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, expected);
  else el.value = expected;
  const caret = start + text.length;
  el.setSelectionRange(caret, caret);
  const view = el.ownerDocument.defaultView;
  const InputEventCtor = view?.InputEvent ?? InputEvent;
  el.dispatchEvent(new InputEventCtor('input', { bubbles: true, inputType: 'insertText', data: text }));
  el.dispatchEvent(new (view?.Event ?? Event)('change', { bubbles: true }));
  return { ok: true };
}

function insertIntoEditable(el: HTMLElement, text: string, memory?: CaretMemory): InsertResult {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  const caretIn = () =>
    !!selection && selection.rangeCount > 0 && el.contains(selection.getRangeAt(0).commonAncestorContainer);
  // The operator's last caret in the box wins over wherever the selection went since; set it
  // before focusing, which keeps a selection that is already inside. Focusing a box with no
  // caret puts one at its start, so whether there was one is noted first.
  const inside = caretIn() || (memory?.restore(el) ?? false);
  el.focus({ preventScroll: true });
  if (selection && (!inside || !caretIn())) {
    // No caret in the composer: append at the end rather than wherever the page's focus was.
    const range = doc.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const before = el.textContent ?? '';
  if (tryExecInsert(doc, text) && (el.textContent ?? '') !== before) return { ok: true };

  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const node = doc.createTextNode(text);
  if (range && el.contains(range.commonAncestorContainer)) {
    range.deleteContents();
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
  } else {
    el.appendChild(node);
  }
  const view = doc.defaultView;
  const InputEventCtor = view?.InputEvent ?? InputEvent;
  el.dispatchEvent(new InputEventCtor('input', { bubbles: true, inputType: 'insertText', data: text }));
  return { ok: true };
}

/**
 * Writes `text` into a CRM reply box at the caret (replacing the selection), firing the events
 * the page's framework listens to: `execCommand('insertText')` first, which is what typing does
 * (beforeinput/input for React, Vue, ProseMirror, Quill, Summernote, and an entry in the page's
 * undo history), else a direct edit announced with an input event. Works the same in an editor's
 * iframe (the element's own document is used). It never submits: the operator sends.
 */
export function insertIntoComposer(el: Element | null, text: string, memory?: CaretMemory): InsertResult {
  if (!el) return { ok: false, reason: 'no_composer' };
  if (!isShown(el)) return { ok: false, reason: 'not_editable' };
  if (isTextField(el)) return insertIntoField(el, text, memory);
  if (isContentEditable(el)) return insertIntoEditable(el as HTMLElement, text, memory);
  return { ok: false, reason: 'not_editable' };
}
