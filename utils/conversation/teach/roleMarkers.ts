import { stableAttributes, stableClasses } from './stableSelector';

interface Feature {
  selector: string;
  /** Lower is better: the message's own attribute, its own class, a marker inside it. */
  rank: number;
}

function features(item: Element, texts: readonly Element[]): Feature[] {
  const out: Feature[] = [];
  for (const attr of stableAttributes(item)) out.push({ selector: attr, rank: 0 });
  for (const name of Array.from(item.attributes).map((a) => a.name)) {
    const value = item.getAttribute(name) ?? '';
    // Attributes that hold the author (`data-direction="in"`, `data-own="true"`).
    if (
      /^data-(own|author|direction|from|sender|side|type|message-?type)$/i.test(name) &&
      value.length <= 20
    ) {
      out.push({ selector: `[${name}="${value}"]`, rank: 0 });
    }
  }
  for (const cls of stableClasses(item)) out.push({ selector: `.${cls}`, rank: 1 });
  // Markers inside the message (an operator icon, a badge), not words of the message text.
  const inner = Array.from(item.querySelectorAll('*')).slice(0, 80);
  for (const el of inner) {
    if (texts.some((t) => t !== item && t.contains(el))) continue;
    const tag = el.tagName.toLowerCase();
    for (const cls of stableClasses(el)) out.push({ selector: `${tag}.${cls}`, rank: 2 });
    for (const attr of stableAttributes(el)) out.push({ selector: `${tag}${attr}`, rank: 2 });
  }
  return out;
}

function has(item: Element, selector: string): boolean {
  try {
    return item.matches(selector) || item.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

function best(own: Feature[], other: Element, items: readonly Element[]): string | undefined {
  const candidates = own
    .filter((f) => !has(other, f.selector))
    .map((f) => ({ ...f, count: items.filter((item) => has(item, f.selector)).length }))
    // It must mark some messages and not all of them.
    .filter((f) => f.count > 0 && f.count < items.length)
    .sort((x, y) => x.rank - y.rank);
  return candidates[0]?.selector;
}

/**
 * What marks the customer's message `a` and the operator's message `b` apart, checked against
 * all `items`: a naming attribute or stable class of the message itself, else a marker inside it
 * outside the picked text (`texts`), such as an operator's headset icon.
 */
export function roleMarkers(
  a: Element,
  b: Element,
  items: readonly Element[],
  texts: readonly Element[],
): { customer?: string; operator?: string } {
  const customer = best(features(a, texts), b, items);
  const operator = best(features(b, texts), a, items);
  return { ...(customer ? { customer } : {}), ...(operator ? { operator } : {}) };
}
