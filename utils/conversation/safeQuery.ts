/*
 * Selector helpers that never throw: a profile from a pack or an import may carry a selector this
 * browser rejects, and a CRM page must never see an exception from us. Such a selector is
 * treated as matching nothing.
 */

export function safeQuery(scope: ParentNode, selector: string): Element | null {
  try {
    return scope.querySelector(selector);
  } catch {
    return null;
  }
}

export function safeQueryAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** True when `el` or one of its descendants matches. */
export function matchesOrContains(el: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return el.matches(selector) || el.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

export function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}
