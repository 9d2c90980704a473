/** A run of sibling elements that look like the messages of one conversation. */
export interface MessageList {
  /** The element the messages sit in (for grouped threads: the parent of the groups). */
  container: Element;
  items: Element[];
  score: number;
}

const CHAT_WORDS =
  /(chat|message|msg|conversation|dialog|thread|history|transcript|timeline|messenger|переписк|сообщени|диалог|чат|обращени)/i;
const OUTSIDE =
  'nav, header, footer, [role="navigation"], [role="listbox"], [role="menu"], [role="tablist"], select, form';
const TIME =
  /(^|\s)\d{1,2}[:.]\d{2}(?![.\d])|\d{1,2}[./]\d{1,2}[./]\d{2,4}|вчера|сегодня|yesterday|today|\bago\b|назад/i;
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'HEAD',
  'SELECT',
  'OPTION',
  'IFRAME',
]);

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

const HEADER_WORDS = /(автор|кто|текст|сообщени|реплик|author|from|sender|text|message)/i;

/** A data grid whose header names the author and text columns (legacy CRMs draw chats as tables). */
function hasChatHeader(container: Element): boolean {
  const table = container.closest('table');
  if (!table) return false;
  return Array.from(table.querySelectorAll('th')).some((th) => HEADER_WORDS.test(th.textContent ?? ''));
}

function hasChatWords(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    const words = `${node.id} ${node.getAttribute('class') ?? ''} ${node.getAttribute('aria-label') ?? ''}`;
    if (CHAT_WORDS.test(words)) return true;
    const role = node.getAttribute('role');
    if (role === 'log' || role === 'feed' || node.hasAttribute('aria-live')) return true;
  }
  return false;
}

/** An item that is a link to somewhere, or marked current/selected: a conversation list entry. */
function isListEntry(item: Element): boolean {
  if (item.tagName === 'A' || item.hasAttribute('aria-current') || item.hasAttribute('aria-selected'))
    return true;
  const link = item.querySelector('a[href]');
  return link !== null && textLength(link) >= textLength(item) * 0.6;
}

/** A row marked as the open one: conversation lists mark the selected conversation, chats do not. */
function isCurrent(item: Element): boolean {
  return /(^|[\s_-])(active|selected|current|is-active|is-selected)($|[\s_-])/i.test(
    item.getAttribute('class') ?? '',
  );
}

function signature(el: Element): string {
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).sort().join('.');
  const attrs = Array.from(el.attributes)
    .filter((a) => a.name.startsWith('data-') && a.value.length < 30 && !/\d{3}/.test(a.value))
    .map((a) => `${a.name}=${a.value}`)
    .sort()
    .join(',');
  return `${cls}|${attrs}`;
}

function scoreList(container: Element, items: Element[]): number {
  const texts = items.map(textLength);
  const withText = texts.filter((n) => n > 0).length;
  if (withText < 3) return 0;
  const total = textLength(container) || 1;
  const covered = texts.reduce((a, b) => a + b, 0) / total;
  let score = Math.min(withText, 40) * Math.min(1, covered + 0.2);
  const avg = texts.reduce((a, b) => a + b, 0) / items.length;
  if (avg < 6) score *= 0.3;
  if (hasChatWords(container) || hasChatHeader(container)) score *= 1.6;
  if (avg > 40) score *= 1.3;
  const timed = items.filter((item) => TIME.test(item.textContent ?? '')).length / items.length;
  score *= 1 + timed * 0.5;
  // Two kinds of bubbles (the customer's and the operator's) is what a conversation looks like;
  // a list of conversations is one kind of row.
  const kinds = new Set(items.map(signature)).size;
  if (kinds >= 2 && kinds <= Math.max(3, items.length / 3)) score *= 1.4;
  const entries = items.filter(isListEntry).length / items.length;
  if (entries > 0.5) score *= 0.15;
  if (items.some(isCurrent)) score *= 0.3;
  if (container.closest(OUTSIDE)) score *= 0.2;
  return score;
}

/** Children of `el` that share the most common tag; table rows without data cells are left out. */
function sameTagChildren(el: Element): Element[] {
  const byTag = new Map<string, Element[]>();
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (SKIP_TAGS.has(child.tagName.toUpperCase())) continue;
    if (child.tagName === 'TR' && !child.querySelector('td')) continue;
    const list = byTag.get(child.tagName) ?? [];
    list.push(child);
    byTag.set(child.tagName, list);
  }
  let best: Element[] = [];
  for (const list of byTag.values()) if (list.length > best.length) best = list;
  return best;
}

/**
 * Threads grouped by day put each day's messages in a box of their own: when sibling boxes of
 * the winner hold the same kind of items, the thread is all of them, in order.
 */
function mergeGroups(list: MessageList): MessageList {
  const parent = list.container.parentElement;
  // Only boxes that say what they are (a class or data attribute) are taken for day groups.
  if (!parent || signature(list.container) === '|') return list;
  const key = signature(list.container) + list.container.tagName;
  const kinds = new Set(list.items.map(signature));
  const itemTag = list.items[0]?.tagName;
  const groups = sameTagChildren(parent).filter((g) => {
    if (signature(g) + g.tagName !== key) return false;
    const inner = sameTagChildren(g).filter((i) => i.tagName === itemTag);
    return inner.length > 0 && inner.filter((i) => kinds.has(signature(i))).length >= inner.length / 2;
  });
  if (groups.length < 2) return list;
  const items = groups.flatMap((g) => sameTagChildren(g).filter((i) => i.tagName === itemTag));
  return { container: parent, items, score: list.score };
}

/** The most message-like run of siblings in a document, or null when there is none. */
export function findMessageList(doc: Document): MessageList | null {
  const body = doc.body;
  if (!body) return null;
  let best: MessageList | null = null;
  const candidates = [body, ...Array.from(body.querySelectorAll('*'))];
  for (const el of candidates) {
    if (el.childElementCount < 3 || SKIP_TAGS.has(el.tagName.toUpperCase())) continue;
    const items = sameTagChildren(el);
    if (items.length < 3) continue;
    const score = scoreList(el, items);
    if (score > (best?.score ?? 0)) best = { container: el, items, score };
  }
  return best ? mergeGroups(best) : null;
}
