export type NoteSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// http(s) URLs and bare www. addresses; nothing else (no javascript:, data:, mailto:) becomes a link.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'«»]+/giu;
// Punctuation that ends a sentence rather than the address: «см. https://x.ru/a.» or «(https://x.ru)».
const TRAILING = /[.,;:!?)\]}]+$/u;

function safeHref(raw: string): string | null {
  const candidate = /^www\./i.test(raw) ? `https://${raw}` : raw;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A note's text split into plain text and links, so the panel can render it as text nodes and
 * anchors (never as HTML). Line breaks stay inside the text segments.
 */
export function linkifyNote(text: string): NoteSegment[] {
  const segments: NoteSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let raw = match[0];
    const trailing = TRAILING.exec(raw)?.[0] ?? '';
    // Keep a closing bracket that belongs to the address, as in Wikipedia links.
    if (trailing && !(trailing === ')' && raw.includes('('))) raw = raw.slice(0, -trailing.length);
    const href = safeHref(raw);
    const start = match.index;
    if (!href) continue;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'link', text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}
