const BLOCK = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'TABLE',
  'SECTION',
  'ARTICLE',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'svg']);

/** Collapses runs of spaces and tabs; keeps at most one blank line between paragraphs (stanza breaks). */
export function collapseWhitespace(raw: string): string {
  // Most messages are one line: skip the per-line work.
  if (!raw.includes('\n')) return raw.replace(/[\s\u00a0]+/g, ' ').trim();
  const lines = raw.split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/**
 * Text of an element made only of plain blocks (`<p>` or `<div>` per line, as most CRMs and the
 * demo render a message), without walking every text node; null for anything richer.
 */
function blockLines(el: Element): string | null {
  const lines: string[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.childElementCount > 0 || !BLOCK.has(child.tagName) || child.hasAttribute('aria-hidden'))
      return null;
    const text = (child.textContent ?? '').replace(/\n/g, ' ');
    // An empty block is a blank line (a stanza break), as in the full walk below.
    lines.push(text.trim() === '' ? '' : text);
  }
  // Text nodes between the blocks would be lost: only whitespace may sit there.
  if (el.childNodes.length === lines.length) return lines.join('\n');
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return null;
  }
  return lines.join('\n');
}

/**
 * The visible text of an element with line breaks where the page breaks lines (`<br>`, block
 * children). A newline inside a text node is a space, as HTML renders it. `innerText` would do this but forces layout on the CRM page and is missing in
 * happy-dom, so we walk the tree ourselves. Elements in `exclude` (a sender label, a time stamp)
 * are left out.
 */
export function extractText(el: Element, exclude?: ReadonlySet<Element>): string {
  const excluding = exclude !== undefined && exclude.size > 0;
  // Fast path: most chat bubbles are a single text run.
  if (el.childElementCount === 0) return collapseWhitespace((el.textContent ?? '').replace(/\n/g, ' '));
  const lines = excluding ? null : blockLines(el);
  if (lines !== null) return collapseWhitespace(lines);
  let raw = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        raw += (child.nodeValue ?? '').replace(/\n/g, ' ');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SKIP.has(tag) || (child as Element).getAttribute('aria-hidden') === 'true') continue;
        if (excluding && exclude.has(child as Element)) continue;
        if (tag === 'BR') {
          raw += '\n';
          continue;
        }
        if (!BLOCK.has(tag)) {
          walk(child);
          continue;
        }
        // Block boundaries break the line once; an empty block (`<div><br></div>`) is a blank line,
        // which is how editors and CRMs render a stanza or paragraph break.
        if (!raw.endsWith('\n')) raw += '\n';
        if ((child.textContent ?? '').trim() === '') {
          raw += '\n';
          continue;
        }
        walk(child);
        if (!raw.endsWith('\n')) raw += '\n';
      }
    }
  };
  walk(el);
  return collapseWhitespace(raw);
}
