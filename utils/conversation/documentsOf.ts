/** The page and its same-origin iframes (chats and editors are often embedded in one). */
export function documentsOf(doc: Document, depth = 2): Document[] {
  const docs = [doc];
  if (depth === 0) return docs;
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner?.body) docs.push(...documentsOf(inner, depth - 1));
    } catch {
      // Cross-origin: neither readable nor ours to read.
    }
  }
  return docs;
}
