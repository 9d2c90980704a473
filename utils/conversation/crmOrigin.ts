/**
 * The origin an operator means by what they typed or the tab shows: `crm.example.ru`,
 * `https://crm.example.ru/tickets/5` and `https://crm.example.ru` all give
 * `https://crm.example.ru`. Null for anything that is not an http(s) site.
 */
export function normalizeOrigin(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname || /\s/.test(url.hostname)) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * The host permission pattern for an origin. Match patterns have no port, so
 * `http://crm.local:8080` is granted as `http://crm.local/*`.
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
