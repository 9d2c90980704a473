import { safeQueryAll } from './safeQuery';
import type { ComposerLocator } from './siteProfile';

/** An element the operator could type into right now. */
export function isEditable(el: Element): boolean {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
    const field = el as HTMLInputElement;
    return !field.disabled && !field.readOnly;
  }
  const attr = el.getAttribute('contenteditable');
  if (attr !== null && attr !== 'false') return true;
  // An editor iframe's body (TinyMCE, CKEditor 4) is editable through designMode.
  return el.tagName === 'BODY' && el.ownerDocument.designMode === 'on';
}

/** Not hidden: reply boxes of closed or background tabs are in the DOM too. */
export function isShown(el: Element): boolean {
  if (typeof (el as HTMLElement).checkVisibility === 'function') {
    try {
      return (el as HTMLElement).checkVisibility();
    } catch {
      // Fall through to the attribute checks.
    }
  }
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = node.getAttribute('style') ?? '';
    if (/display\s*:\s*none/i.test(style)) return false;
  }
  return true;
}

function frameDocument(doc: Document, selector: string): Document | null {
  for (const frame of safeQueryAll(doc, selector)) {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner) return inner;
    } catch {
      // Cross-origin: not ours to read.
    }
  }
  return null;
}

/**
 * The reply box: the first candidate (in profile order) that is shown and editable, searched in
 * each document in turn (the conversation's iframe first, then the page). A hidden or read-only
 * box is used only when no candidate is usable, so the panel can say why insertion failed.
 */
export function findComposer(
  docs: readonly Document[],
  locators: readonly ComposerLocator[],
): Element | null {
  let fallback: Element | null = null;
  for (const locator of locators) {
    for (const doc of docs) {
      const scope = typeof locator === 'string' ? doc : frameDocument(doc, locator.frame);
      if (!scope) continue;
      const selector = typeof locator === 'string' ? locator : locator.selector;
      for (const el of safeQueryAll(scope, selector)) {
        if (isEditable(el) && isShown(el)) return el;
        fallback ??= el;
      }
    }
  }
  return fallback;
}
