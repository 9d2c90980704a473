import { extractText } from './extractText';
import { safeClosest, safeQuery, safeQueryAll } from './safeQuery';
import type { FieldLocator } from './siteProfile';

function compile(source: string | undefined): RegExp | null {
  if (!source) return null;
  try {
    return new RegExp(source, 'i');
  } catch {
    return null;
  }
}

function oneLine(el: Element): string {
  return extractText(el)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** The value after a leading label (`Телефон: +7 916…` → `+7 916…`), or null when the label is not there. */
function afterLabel(text: string, label: RegExp): string | null {
  const match = label.exec(text);
  if (match?.index !== 0) return null;
  return text.slice(match[0].length).replace(/^[\s:：—–-]+/, '');
}

function rawValue(el: Element, locator: FieldLocator, label: RegExp | null): string | null {
  if (locator.attr) return el.getAttribute(locator.attr);
  if (
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') &&
    typeof (el as HTMLInputElement).value === 'string'
  ) {
    return (el as HTMLInputElement).value;
  }
  const text = oneLine(el);
  return label ? afterLabel(text, label) : text;
}

function applyPattern(value: string, pattern: RegExp | null): string | null {
  if (!pattern) return value;
  const match = pattern.exec(value);
  if (!match) return null;
  return match[1] ?? match[0];
}

/** The value a locator reads from one element (attribute or text, label removed, pattern applied). */
export function fieldValue(el: Element, locator: FieldLocator): string | undefined {
  const raw = rawValue(el, locator, compile(locator.label));
  if (raw === null) return undefined;
  return applyPattern(raw.trim(), compile(locator.pattern))?.trim() || undefined;
}

/**
 * Reads one subscriber field (or a message's time) with a locator, looking in each scope in turn
 * (a conversation iframe, then the page). Empty values count as absent. The element read is
 * pushed to `found`, so a watcher can tell when it changes.
 */
export function readField(
  scopes: readonly ParentNode[],
  locator: FieldLocator | undefined,
  found?: Element[],
): string | undefined {
  if (!locator) return undefined;
  const label = compile(locator.label);
  const pattern = compile(locator.pattern);
  for (const scope of scopes) {
    const candidates =
      label || locator.outside ? safeQueryAll(scope, locator.selector) : [safeQuery(scope, locator.selector)];
    for (const el of candidates) {
      if (!el || (locator.outside && safeClosest(el, locator.outside))) continue;
      const raw = rawValue(el, locator, label);
      if (raw === null) continue;
      const value = applyPattern(raw.trim(), pattern)?.trim();
      if (value) {
        found?.push(el);
        return value.slice(0, 500);
      }
    }
  }
  return undefined;
}
