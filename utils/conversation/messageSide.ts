export type Side = 'left' | 'right';
type Placement = Side | 'center';

const END = new Set(['flex-end', 'end', 'self-end', 'right']);
const START = new Set(['flex-start', 'start', 'self-start', 'left']);

/** From the page's layout; null when there is no layout (happy-dom, a hidden tab). */
function fromLayout(textEl: Element, root: Element): Placement | null {
  const rootRect = root.getBoundingClientRect();
  if (!(rootRect.width > 0)) return null;
  // The text's own glyph boxes: a bubble's block may span the whole row while its text does not.
  const range = textEl.ownerDocument.createRange();
  range.selectNodeContents(textEl);
  let rect = range.getBoundingClientRect();
  if (!(rect.width > 0)) rect = textEl.getBoundingClientRect();
  if (!(rect.width > 0)) return null;
  const leftGap = rect.left - rootRect.left;
  const rightGap = rootRect.right - rect.right;
  // Centred lines (system events) and full-width text say nothing about a side.
  if (Math.abs(leftGap - rightGap) < Math.max(16, rootRect.width * 0.05)) return 'center';
  return leftGap < rightGap ? 'left' : 'right';
}

/** From the styles that put a bubble on a side (margin auto, flex alignment, float, text-align). */
function fromStyle(textEl: Element, messageEl: Element): Placement {
  const view = textEl.ownerDocument.defaultView;
  if (!view) return 'left';
  const stop = messageEl.parentElement;
  for (let el: Element | null = textEl; el && el !== stop; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    const autoLeft = style.marginLeft === 'auto';
    const autoRight = style.marginRight === 'auto';
    if (autoLeft && autoRight) return 'center';
    if (autoLeft) return 'right';
    if (autoRight) return 'left';
    if (style.alignSelf === 'center' || style.textAlign === 'center') return 'center';
    if (END.has(style.alignSelf) || style.cssFloat === 'right') return 'right';
    if (START.has(style.alignSelf) || style.cssFloat === 'left') return 'left';
    if (el !== textEl && style.display.includes('flex') && !style.flexDirection.startsWith('column')) {
      const reversed = style.flexDirection === 'row-reverse';
      if (END.has(style.justifyContent)) return reversed ? 'left' : 'right';
      if (style.justifyContent === 'center') return 'center';
      if (START.has(style.justifyContent)) return reversed ? 'right' : 'left';
    }
    if (style.textAlign === 'right') return 'right';
  }
  // Nothing moves it: in a left-to-right page a block sits on the left.
  return 'left';
}

/**
 * Which side of the chat a message is drawn on: from the layout when the page has one (Chromium),
 * else from the styles that put a bubble on a side. Null for a centred line (a system event) or
 * when it cannot be told.
 */
export function messageSide(messageEl: Element, textEl: Element, root: Element): Side | null {
  try {
    const placement = fromLayout(textEl, root) ?? fromStyle(textEl, messageEl);
    return placement === 'center' ? null : placement;
  } catch {
    return null;
  }
}
