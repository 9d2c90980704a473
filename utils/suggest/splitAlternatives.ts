/** The line the model puts between alternative replies. */
export const ALTERNATIVE_SEPARATOR = '<<<NEXT>>>';

/**
 * Splits a (possibly still streaming) model answer into alternatives. The last one may be
 * incomplete while streaming; an unfinished separator at the very end is held back so it never
 * flashes on screen.
 */
export function splitAlternatives(text: string): string[] {
  let body = text;
  for (let n = ALTERNATIVE_SEPARATOR.length - 1; n > 0; n--) {
    if (body.endsWith(ALTERNATIVE_SEPARATOR.slice(0, n))) {
      body = body.slice(0, -n);
      break;
    }
  }
  return body
    .split(ALTERNATIVE_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
