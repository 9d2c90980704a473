import { isEditable, isShown } from '../findComposer';

/** What the field says to a human (placeholder, aria-label). */
const REPLY = /(ответ|сообщени|напиш|введите|текст|reply|message|compose|type|write|chat|answer|respond)/i;
const NOT_REPLY =
  /(поиск|найти|search|filter|фильтр|тема|subject|заголов|title|заметк|note|комментар|comment|логин|пароль|login|password|e-?mail|телефон|phone)/i;
/** What its attributes say to a developer (`name="answer_text"`, `class="note-editable"`). */
const REPLY_ATTR =
  /(^|[-_\s])(reply|answer|message|msg|compose[a-z]*|chat|editor|editable|body|text|input)($|[-_\s])/i;
const NOT_ATTR =
  /(^|[-_\s])(search|query|q|filter|subject|title|internal|comment|login|password|email|phone|tags?)($|[-_\s])/i;

function humanLabel(el: Element): string {
  return ['placeholder', 'aria-label', 'data-placeholder', 'title']
    .map((a) => el.getAttribute(a) ?? '')
    .join(' ');
}

function devLabel(el: Element): string {
  return ['name', 'id', 'class'].map((a) => el.getAttribute(a) ?? '').join(' ');
}

function candidates(doc: Document): Element[] {
  const found = Array.from(
    doc.querySelectorAll(
      'textarea, input:not([type]), input[type="text"], [contenteditable]:not([contenteditable="false"])',
    ),
  );
  // Inside a contenteditable editor only its outermost editable element is the composer.
  const outer = found.filter(
    (el) => !el.parentElement?.closest('[contenteditable]:not([contenteditable="false"])'),
  );
  // Editors that live in an iframe of their own (TinyMCE, CKEditor 4): the frame's body.
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner?.body && (inner.designMode === 'on' || inner.body.isContentEditable)) outer.push(inner.body);
    } catch {
      // Cross-origin frame.
    }
  }
  return outer;
}

/** How many levels above the conversation one has to go to reach the field (reply boxes sit right under it). */
function levelsUp(list: Element, el: Element): number {
  let levels = 0;
  for (let node = list.parentElement; node; node = node.parentElement, levels++) {
    if (node.contains(el)) return levels;
  }
  return 99;
}

/** The reply box of a page without a profile: an editable field near the conversation that reads as one. */
export function findGenericComposer(docs: readonly Document[], list: Element | null): Element | null {
  let best: Element | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const doc of docs) {
    for (const el of candidates(doc)) {
      if (list?.contains(el) || !isEditable(el) || !isShown(el)) continue;
      const human = humanLabel(el);
      const dev = devLabel(el);
      let score = 0;
      if (REPLY.test(human)) score += 3;
      if (NOT_REPLY.test(human)) score -= 4;
      if (REPLY_ATTR.test(dev)) score += 2;
      if (NOT_ATTR.test(dev)) score -= 3;
      if (el.tagName !== 'INPUT') score += 1;
      if (list && el.ownerDocument === list.ownerDocument) score += Math.max(0, 4 - levelsUp(list, el));
      if (list && list.compareDocumentPosition(el) & 4) score += 1;
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
  }
  return bestScore > -2 ? best : null;
}
