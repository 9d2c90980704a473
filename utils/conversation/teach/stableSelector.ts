import { isStableClass, isStableValue } from './isHashedToken';

/** Attributes that name what an element is, best first. */
const STABLE_ATTRS = [
  'data-qa',
  'data-testid',
  'data-test',
  'data-test-id',
  'data-cy',
  'data-role',
  'data-field',
  'data-name',
  'data-type',
  'itemprop',
  'name',
  'role',
  'aria-label',
  'placeholder',
  'data-placeholder',
];

export function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && typeof CSS.escape === 'function'
    ? CSS.escape(value)
    : value.replace(/[^\w-]/g, (c) => `\\${c}`);
}

function attrSelector(name: string, value: string): string {
  return `[${name}="${value.replace(/["\\]/g, '\\$&')}"]`;
}

/** Stable class tokens of an element. */
export function stableClasses(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(isStableClass);
}

/** `[name="value"]` parts for the element's naming attributes with stable values. */
export function stableAttributes(el: Element): string[] {
  const out: string[] = [];
  for (const name of STABLE_ATTRS) {
    const value = el.getAttribute(name);
    if (value !== null && isStableValue(value)) out.push(attrSelector(name, value));
  }
  return out;
}

function stableId(el: Element): string | null {
  const id = el.getAttribute('id');
  return id && isStableValue(id) && /^[a-z]/i.test(id) ? `#${cssEscape(id)}` : null;
}

/** One step of a path: the element by its naming attribute, stable classes, or position. */
export function stepFor(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const attrs = stableAttributes(el);
  if (attrs.length > 0) return `${tag}${attrs[0]}`;
  const classes = stableClasses(el);
  if (classes.length > 0)
    return `${tag}${classes
      .slice(0, 2)
      .map((c) => `.${cssEscape(c)}`)
      .join('')}`;
  const parent = el.parentElement;
  if (!parent) return tag;
  const same = Array.from(parent.children).filter((c) => c.tagName === el.tagName);
  return same.length === 1 ? tag : `${tag}:nth-of-type(${same.indexOf(el) + 1})`;
}

function unique(doc: Document, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/**
 * A selector for one element that survives a redeploy: a stable id, naming attributes and stable
 * class names before generated ones, positions only as a last resort; as short as stays unique.
 */
export function stableSelector(el: Element): string {
  const doc = el.ownerDocument;
  const steps: string[] = [];
  for (let node: Element | null = el; node && node !== doc.documentElement; node = node.parentElement) {
    const id = stableId(node);
    if (id) {
      steps.unshift(node === el ? `${node.tagName.toLowerCase()}${id}` : id);
      const selector = steps.join(' > ');
      if (unique(doc, selector, el)) return selector;
    } else {
      steps.unshift(stepFor(node));
      const selector = steps.join(' > ');
      if (unique(doc, selector, el)) return selector;
    }
  }
  return steps.join(' > ');
}

/** The path from `ancestor` down to `el` (`:scope > div:nth-of-type(2) > p`), for use inside each message. */
export function relativePath(ancestor: Element, el: Element): string | null {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node !== ancestor; node = node.parentElement) {
    steps.unshift(stepFor(node));
    if (!node.parentElement) return null;
  }
  return steps.length ? `:scope > ${steps.join(' > ')}` : null;
}
