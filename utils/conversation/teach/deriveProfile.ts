import { extractText } from '../extractText';
import { messageSide } from '../messageSide';
import { readWithProfile } from '../readWithProfile';
import type { ComposerLocator, FieldLocator, RoleRule, SiteProfile } from '../siteProfile';
import { roleMarkers } from './roleMarkers';
import { cssEscape, relativePath, stableAttributes, stableClasses, stableSelector } from './stableSelector';

/** The four things the operator points at when teaching a site. */
export interface Picks {
  customer: Element;
  operator: Element;
  /** The customer's phone (or name, or e-mail) as the page shows it. */
  subscriber: Element;
  composer: Element;
}

export type DeriveFailure =
  | 'same_message'
  | 'different_frames'
  | 'no_difference'
  | 'not_editable'
  | 'unreadable';
export type DeriveResult = { ok: true; profile: SiteProfile } | { ok: false; reason: DeriveFailure };

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) out.push(node);
  return out;
}

/** The child of `list` that contains `el`: one message. */
function itemOf(list: Element, el: Element): Element {
  let item = el;
  while (item.parentElement && item.parentElement !== list) item = item.parentElement;
  return item;
}

/**
 * What all messages share: tag, naming attributes, stable classes; else their place under the
 * root (`:scope` is the conversation root, where messages are looked for).
 */
function messageSelector(a: Element, b: Element): string {
  const attrs = stableAttributes(a).filter((x) => stableAttributes(b).includes(x));
  const classes = stableClasses(a).filter((c) => stableClasses(b).includes(c));
  const tag = a.tagName === b.tagName ? a.tagName.toLowerCase() : '*';
  const own =
    attrs[0] ??
    classes
      .slice(0, 2)
      .map((c) => `.${cssEscape(c)}`)
      .join('');
  return `:scope > ${tag}${own}`;
}

function subscriberLocator(el: Element): { key: 'phone' | 'email' | 'name'; locator: FieldLocator } {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const selector = stableSelector(el);
  const labelled = /^([^:\d@]{2,30})[:：]\s*(.+)$/.exec(text);
  const value = labelled ? (labelled[2] as string) : text;
  const locator: FieldLocator = labelled
    ? { selector, label: (labelled[1] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') }
    : { selector };
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return { key: 'email', locator };
  if ((value.match(/\d/g) ?? []).length >= 7) return { key: 'phone', locator };
  return { key: 'name', locator };
}

function frameOf(topDoc: Document, doc: Document): Element | null {
  for (const frame of Array.from(topDoc.querySelectorAll('iframe, frame'))) {
    try {
      if ((frame as HTMLIFrameElement).contentDocument === doc) return frame;
    } catch {
      // Cross-origin frames cannot hold the picks.
    }
  }
  return null;
}

function editableRoot(el: Element): Element | null {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return el;
  let root: Element | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const attr = node.getAttribute('contenteditable');
    if (attr !== null && attr !== 'false') root = node;
  }
  if (root) return root;
  return el.ownerDocument.designMode === 'on' ? el.ownerDocument.body : null;
}

function composerLocator(topDoc: Document, picked: Element): ComposerLocator | null {
  const editable = editableRoot(picked);
  if (!editable) return null;
  const doc = editable.ownerDocument;
  if (doc === topDoc || editable !== doc.body) return stableSelector(editable);
  const frame = frameOf(topDoc, doc);
  return frame ? { frame: stableSelector(frame), selector: 'body' } : null;
}

function roleRule(
  a: Element,
  b: Element,
  items: Element[],
  root: Element,
  pickA: Element,
  pickB: Element,
): RoleRule | null {
  const markers = roleMarkers(a, b, items, [pickA, pickB]);
  if (markers.customer && markers.operator) return { ...markers, fallback: 'skip' };
  if (markers.operator) return { operator: markers.operator, fallback: 'customer' };
  if (markers.customer) return { customer: markers.customer, fallback: 'operator' };
  const sideA = messageSide(a, pickA, root);
  const sideB = messageSide(b, pickB, root);
  if (sideA && sideB && sideA !== sideB) {
    return { align: sideA === 'left' ? 'customer-left' : 'customer-right', fallback: 'skip' };
  }
  return null;
}

/**
 * A site profile from the four elements the operator pointed at: the message list is where the
 * customer's and the operator's messages meet, the role rule is what tells them apart (a
 * naming attribute, a stable class, an icon, or their side), the rest are stable selectors.
 * Checked by reading the page with it: the picked messages must come out with their roles.
 */
export function deriveProfile(picks: Picks, topDoc: Document, origin: string): DeriveResult {
  const chatDoc = picks.customer.ownerDocument;
  if (picks.operator.ownerDocument !== chatDoc) return { ok: false, reason: 'different_frames' };
  const pathB = ancestors(picks.operator);
  const list = ancestors(picks.customer).find((el) => pathB.includes(el));
  if (!list || list === picks.customer || list === picks.operator)
    return { ok: false, reason: 'same_message' };
  const a = itemOf(list, picks.customer);
  const b = itemOf(list, picks.operator);
  if (a === b) return { ok: false, reason: 'same_message' };

  const rootSelector = stableSelector(list);
  const message = messageSelector(a, b);
  let items: Element[] = [];
  try {
    items = Array.from(list.querySelectorAll(message));
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const role = roleRule(a, b, items, list, picks.customer, picks.operator);
  if (!role) return { ok: false, reason: 'no_difference' };
  const composer = composerLocator(topDoc, picks.composer);
  if (!composer) return { ok: false, reason: 'not_editable' };

  const textA = relativePath(a, picks.customer);
  const textB = relativePath(b, picks.operator);
  const field = subscriberLocator(picks.subscriber);
  const frame = chatDoc === topDoc ? null : frameOf(topDoc, chatDoc);
  const host = (() => {
    try {
      return new URL(origin).host;
    } catch {
      return origin;
    }
  })();
  const profile: SiteProfile = {
    id: `taught:${host}`.slice(0, 100),
    name: host.slice(0, 200) || 'CRM',
    detect: rootSelector,
    ...(frame ? { frame: stableSelector(frame) } : {}),
    root: rootSelector,
    message,
    skip: [],
    role,
    ...(textA && textA === textB ? { text: textA } : {}),
    order: 'oldest-first',
    subscriber: { [field.key]: field.locator },
    composer: [composer],
  };
  const check = readWithProfile(topDoc, profile);
  const textOf = (el: Element) => extractText(el).replace(/\s+/g, ' ').slice(0, 40);
  const found = (role: string, el: Element) =>
    check?.messages.some((m) => m.role === role && m.text.replace(/\s+/g, ' ').includes(textOf(el)));
  if (!check || !found('customer', picks.customer) || !found('operator', picks.operator)) {
    return { ok: false, reason: 'unreadable' };
  }
  return { ok: true, profile };
}
