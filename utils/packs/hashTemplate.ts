import { canonicalJson } from '../templates/canonicalJson';

/**
 * A short content hash of a template (FNV-1a over its canonical JSON): enough to notice that a
 * pack update changed the template an override was made from. Not a security measure.
 */
export function hashTemplate(data: unknown): string {
  const text = canonicalJson(data);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
