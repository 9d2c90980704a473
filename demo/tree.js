// A tiny element tree with two renderers. markup.js describes the page once; the HTML string
// (for Node and tests) and the live DOM (for app.js) are both produced from that description,
// so the two can never drift apart. Data only ever becomes escaped text or a text node.

/**
 * @typedef {{ tag: string, attrs: Record<string, string>, children: Array<TreeNode | string> }} TreeNode
 */

/**
 * @param {string} tag
 * @param {Record<string, string | number | null | undefined | false>} [attrs] null/undefined/false drop the attribute
 * @param {...(TreeNode | string | null | undefined | false | Array<TreeNode | string>)} children
 * @returns {TreeNode}
 */
export function h(tag, attrs = {}, ...children) {
  /** @type {Record<string, string>} */
  const clean = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    clean[name] = String(value);
  }
  return {
    tag,
    attrs: clean,
    children: children.flat().filter((c) => c !== null && c !== undefined && c !== false),
  };
}

const TEXT_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML text and in double-quoted attribute values. */
export function escapeHtml(value) {
  return String(value).replace(
    /[&<>"']/g,
    (ch) => TEXT_ESCAPES[/** @type {keyof typeof TEXT_ESCAPES} */ (ch)],
  );
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link']);

/** Serialises a tree to HTML without any whitespace between tags (the DOM renderer adds none either). */
export function toHtml(node) {
  if (typeof node === 'string') return escapeHtml(node);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/**
 * Builds live DOM nodes with createElement/setAttribute/text nodes: no innerHTML anywhere.
 * @param {TreeNode | string} node
 * @param {Document} doc
 * @returns {Node}
 */
export function toDom(node, doc) {
  if (typeof node === 'string') return doc.createTextNode(node);
  const el = doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) el.setAttribute(name, value);
  for (const child of node.children) el.appendChild(toDom(child, doc));
  return el;
}
