import { findComposer } from './findComposer';
import { type ParseCache, parseMessages } from './parseMessages';
import { readField } from './readField';
import type { ProfileRead } from './readWithProfile';
import { safeMatches, safeQueryAll } from './safeQuery';

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** Whether `later` follows `earlier` among the next few siblings (cheap, unlike compareDocumentPosition in some DOMs). */
function follows(earlier: Element, later: Element): boolean {
  let node = later.previousElementSibling;
  for (let steps = 0; node && steps < 16; steps++, node = node.previousElementSibling) {
    if (node === earlier) return true;
  }
  return false;
}

/** The ancestor of `el` (or `el`) that is a child of `root`: messages may be wrapped (virtualised rows). */
function topOf(el: Element, root: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement !== root) node = node.parentElement;
  return node;
}

/** Puts a new message where it belongs; false when that is not plainly the end or the start. */
function insertInOrder(els: Element[], el: Element, root: Element): boolean {
  const last = els[els.length - 1];
  // New messages arrive at the end; history loads at the start.
  if (!last || follows(topOf(last, root), topOf(el, root))) {
    els.push(el);
    return true;
  }
  const first = els[0] as Element;
  if (follows(topOf(el, root), topOf(first, root))) {
    els.unshift(el);
    return true;
  }
  return false;
}

/**
 * Brings a `ProfileRead` up to date with a batch of mutations inside its conversation root,
 * re-parsing only the messages they touched, without querying the whole page again (on a long
 * thread that query is the expensive part). Returns false when the batch needs a full read
 * (the root went away, a block of messages was removed, a subscriber field changed…).
 */
export function applyMutations(
  read: ProfileRead,
  records: readonly MutationRecord[],
  cache: ParseCache,
): boolean {
  const { root } = read.scope;
  const selector = read.profile.message;
  if (!root.isConnected) return false;
  // `:scope > x` (taught profiles) means a direct child of the root; anything fancier gets a full read.
  const child = /^:scope\s*>\s*(.+)$/.exec(selector)?.[1];
  const direct = child && !child.includes(':scope') ? child : null;
  if (selector.includes(':scope') && direct === null) return false;
  const isMessage = (el: Element) =>
    direct !== null ? el.parentElement === root && safeMatches(el, direct) : safeMatches(el, selector);
  const messagesIn = (el: Element) => (direct !== null ? [] : safeQueryAll(el, selector));
  const known = new Set(read.els);
  const removed = new Set<Element>();
  const added: Element[] = [];
  let fieldsTouched = false;
  for (const record of records) {
    const target = record.target;
    if (!root.contains(target)) return false;
    if (read.fieldEls.some((f) => f.contains(target) || target.contains(f))) fieldsTouched = true;
    // Whatever contains the change must be parsed again.
    for (let el = elementOf(target); el && el !== root; el = el.parentElement) cache.delete(el);
    if (record.type !== 'childList') continue;
    for (const node of Array.from(record.removedNodes)) {
      if (node.nodeType !== 1) continue;
      if (known.has(node as Element)) removed.add(node as Element);
      else if (messagesIn(node as Element).some((m) => known.has(m))) return false;
    }
    for (const node of Array.from(record.addedNodes)) {
      if (node.nodeType !== 1 || !node.isConnected) continue;
      const el = node as Element;
      if (isMessage(el)) added.push(el);
      else added.push(...messagesIn(el));
    }
  }
  const els = removed.size > 0 ? read.els.filter((el) => !removed.has(el)) : read.els.slice();
  for (const el of added) {
    if ((!known.has(el) || removed.has(el)) && !insertInOrder(els, el, root)) return false;
  }
  read.els = els;
  read.parsed = parseMessages(root, els, read.profile, cache);
  if (fieldsTouched || read.fieldEls.some((f) => !f.isConnected)) {
    read.fieldEls = [];
    read.subscriber = {};
    for (const key of ['phone', 'email', 'name', 'crmId'] as const) {
      const value = readField(read.scope.fieldScopes, read.profile.subscriber[key], read.fieldEls);
      if (value) read.subscriber[key] = value;
    }
  }
  if (read.composer && !read.composer.isConnected) {
    read.composer = findComposer(read.scope.composerDocs, read.profile.composer);
  }
  return true;
}
