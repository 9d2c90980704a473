import { safeQuery, safeQueryAll } from './safeQuery';
import type { SiteProfile } from './siteProfile';

export interface ProfileScope {
  /** The document holding the conversation (the page, or the profile's iframe). */
  doc: Document;
  root: Element;
  /** Where subscriber fields are looked for, in order. */
  fieldScopes: Document[];
  /** Where the composer is looked for, in order. */
  composerDocs: Document[];
}

function sameOriginFrame(doc: Document, selector: string): Document | null {
  for (const frame of safeQueryAll(doc, selector)) {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner?.body) return inner;
    } catch {
      // A cross-origin frame throws on access: not readable, and not ours to read.
    }
  }
  return null;
}

function urlMatches(doc: Document, pattern: string | undefined): boolean {
  if (!pattern) return true;
  try {
    return new RegExp(pattern, 'i').test(doc.location?.href ?? '');
  } catch {
    return false;
  }
}

/** Where a profile reads on this page, or null when the profile does not apply here. */
export function profileScope(doc: Document, profile: SiteProfile): ProfileScope | null {
  if (!urlMatches(doc, profile.urlPattern)) return null;
  const inner = profile.frame ? sameOriginFrame(doc, profile.frame) : doc;
  if (!inner || !safeQuery(inner, profile.detect)) return null;
  const root = profile.root ? safeQuery(inner, profile.root) : inner.body;
  if (!root) return null;
  const docs = inner === doc ? [doc] : [inner, doc];
  return { doc: inner, root, fieldScopes: docs, composerDocs: docs };
}
