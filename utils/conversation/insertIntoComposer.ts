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
  return attr !== null && attr !== 'false';
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

function insertIntoField(el: TextField, text: string): InsertResult {
  if (el.disabled || el.readOnly) return { ok: false, reason: 'not_editable' };
  const before = el.value;
  const start = el.selectionStart ?? before.length;
  const end = el.selectionEnd ?? start;
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

function insertIntoEditable(el: HTMLElement, text: string): InsertResult {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  const inside =
    selection && selection.rangeCount > 0 && el.contains(selection.getRangeAt(0).commonAncestorContainer);
  el.focus({ preventScroll: true });
  if (selection && !inside) {
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
 * the page's framework listens to. It never submits: the operator sends.
 */
export function insertIntoComposer(el: Element | null, text: string): InsertResult {
  if (!el) return { ok: false, reason: 'no_composer' };
  if (isTextField(el)) return insertIntoField(el, text);
  if (isContentEditable(el)) return insertIntoEditable(el as HTMLElement, text);
  return { ok: false, reason: 'not_editable' };
}
