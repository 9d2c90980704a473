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
 * The visible text of an element with line breaks where the page breaks lines (`<br>`, block
 * children). A newline inside a text node is a space, as HTML renders it. `innerText` would do this but forces layout on the CRM page and is missing in
 * happy-dom, so we walk the tree ourselves.
 */
export function extractText(el: Element): string {
  // Fast path: most chat bubbles are a single text run.
  if (el.childElementCount === 0) return collapseWhitespace((el.textContent ?? '').replace(/\n/g, ' '));
  let raw = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        raw += (child.nodeValue ?? '').replace(/\n/g, ' ');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SKIP.has(tag) || (child as Element).getAttribute('aria-hidden') === 'true') continue;
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
