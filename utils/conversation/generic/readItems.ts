import { extractText } from '../extractText';
import type { Role } from '../types';
import { roleHint } from './roleHint';

/** One message as the generic reader sees it. */
export interface GenericMessage {
  item: Element;
  /** The element holding the message text (the bubble). */
  body: Element;
  text: string;
  time?: string;
  sender?: string;
  /** `skip`: the item's own classes call it a system line or an internal note. */
  hint: Role | 'skip' | null;
}

const DATE_CHIP =
  /^(\d{1,2}\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)(\s+\d{4})?( г\.?)?)$/i;
const TIME_ONLY =
  /^[\s(]*(\d{1,2}[./]\d{1,2}([./]\d{2,4})?,?\s*)?\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?[\s)]*$|^[\s(]*\d{1,2}[./]\d{1,2}[./]\d{2,4}[\s)]*$|^(вчера|сегодня|yesterday|today)\b.{0,12}$|^\d{1,3}\s*(сек|мин|ч|час|дн|s|m|h|min|hour|day)\w*\.?\s*(назад|ago)$|^(только что|just now)$/i;
const AVATAR = /(^|[\s_-])(avatar|photo|userpic|thumbnail|initials|person-photo)($|[\s_-])/i;
const HIDDEN = /(^|[\s_-])(hide|hidden|sr-only|visually-hidden|invisible)($|[\s_])/i;
const IGNORED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'svg',
  'SVG',
  'IMG',
  'BUTTON',
  'INPUT',
  'FIGURE',
]);

function oneLine(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function directText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return true;
  }
  return false;
}

function isTime(part: Element): boolean {
  const text = oneLine(part);
  return text.length <= 32 && (TIME_ONLY.test(text) || (part.tagName === 'TIME' && text.length > 0));
}

function isAvatar(part: Element): boolean {
  const text = oneLine(part);
  return AVATAR.test(part.getAttribute('class') ?? '') || (text.length <= 3 && /^\p{Lu}+$/u.test(text));
}

function partsOf(core: Element): Element[] {
  const parts: Element[] = [];
  for (let child = core.firstElementChild; child; child = child.nextElementSibling) {
    if (IGNORED.has(child.tagName) || oneLine(child) === '' || isAvatar(child)) continue;
    parts.push(child);
  }
  return parts;
}

/** The element that holds a message's parts: wrappers with a single part are looked through. */
function coreOf(item: Element): { core: Element; parts: Element[] } {
  let core = item;
  let parts = partsOf(core);
  for (let depth = 0; depth < 5 && parts.length === 1 && !directText(core); depth++) {
    const only = parts[0] as Element;
    const inner = partsOf(only);
    if (inner.length === 0) break;
    core = only;
    parts = inner;
  }
  return { core, parts };
}

/** A header line: the sender's name next to a time stamp. */
function headerOf(part: Element): { time: Element; sender: string } | null {
  const text = oneLine(part);
  if (part.childElementCount < 2 || text.length > 80) return null;
  const time = Array.from(part.querySelectorAll('*')).find((el) => el.childElementCount === 0 && isTime(el));
  if (!time) return null;
  const sender = text.replace(oneLine(time), '').replace(/\s+/g, ' ').trim();
  return sender ? { time, sender } : null;
}

function slotKey(part: Element, index: number): string {
  return part.tagName === 'TD' ? `td${index}` : `${part.tagName}.${part.getAttribute('class') ?? ''}`;
}

interface Parsed {
  item: Element;
  core: Element;
  parts: Element[];
  keys: string[];
  headers: ({ time: Element; sender: string } | null)[];
}

/**
 * The slot (same tag and class in every message, or the same table column) that holds the
 * sender's name: short values, few of them, and never the longest part of a message.
 */
function senderSlot(parsed: readonly Parsed[]): string | null {
  const values = new Map<string, string[]>();
  for (const { parts, keys, headers } of parsed) {
    const longest = Math.max(...parts.map((p) => oneLine(p).length));
    parts.forEach((part, i) => {
      const text = headers[i]?.sender ?? oneLine(part);
      if ((!headers[i] && isTime(part)) || text.length > 48) return;
      if (!headers[i] && parts.length > 1 && oneLine(part).length === longest) return;
      const key = keys[i] as string;
      values.set(key, [...(values.get(key) ?? []), text]);
    });
  }
  let best: string | null = null;
  let bestDistinct = Number.POSITIVE_INFINITY;
  for (const [key, list] of values) {
    const distinct = new Set(list).size;
    if (list.length < Math.max(2, parsed.length * 0.25)) continue;
    if (distinct > Math.max(3, list.length * 0.34)) continue;
    if (distinct < bestDistinct) {
      best = key;
      bestDistinct = distinct;
    }
  }
  return best;
}

function parseItem(item: Element): Parsed {
  const { core, parts } = item.tagName === 'TR' ? { core: item, parts: partsOf(item) } : coreOf(item);
  return { item, core, parts, keys: parts.map(slotKey), headers: parts.map(headerOf) };
}

/** Text, time, sender and role hints of each message of a generic list. */
export function readItems(items: readonly Element[]): GenericMessage[] {
  const parsed = items.map(parseItem);
  const sender = senderSlot(parsed);
  return parsed.map(({ item, core, parts, keys, headers }) => {
    const message: GenericMessage = { item, body: core, text: '', hint: roleHint(item) };
    // A date chip or a bare time between messages is not a message.
    const whole = oneLine(item);
    if (TIME_ONLY.test(whole) || DATE_CHIP.test(whole)) return message;
    const meta = new Set<Element>();
    parts.forEach((part, i) => {
      const header = headers[i];
      if (header) {
        meta.add(part);
        message.time ??= header.time.getAttribute('datetime') ?? oneLine(header.time);
        if (sender && keys[i] === sender) message.sender = header.sender;
      } else if (isTime(part)) {
        meta.add(part);
        message.time ??= part.querySelector('time')?.getAttribute('datetime') ?? oneLine(part);
      } else if (sender && keys[i] === sender) {
        meta.add(part);
        message.sender = oneLine(part);
      }
    });
    const content = parts.filter((p) => !meta.has(p));
    const longest = content.reduce<Element | null>(
      (a, b) => (a && oneLine(a).length >= oneLine(b).length ? a : b),
      null,
    );
    const rest = content.reduce((sum, p) => sum + oneLine(p).length, 0);
    const single = longest && oneLine(longest).length >= rest * 0.7 && !directText(core);
    const holder = single ? (longest as Element) : core;
    // Initials in an avatar and hidden meta (a folded "From:" header) are not the message.
    for (const el of Array.from(holder.querySelectorAll('*'))) {
      if (
        (isAvatar(el) && el.childElementCount === 0) ||
        HIDDEN.test(el.getAttribute('class') ?? '') ||
        el.hasAttribute('hidden')
      ) {
        meta.add(el);
      }
    }
    message.text = extractText(holder, meta);
    if (longest) message.body = longest;
    return message;
  });
}
