/** Longest draft the panel gets: enough for any chat reply. */
export const MAX_DRAFT = 5000;

/** What the operator has typed in the reply box (for the empathy check and "improve my draft"). */
export function composerText(el: Element | null): string {
  if (!el) return '';
  const value = (el as HTMLTextAreaElement).value;
  const text = typeof value === 'string' ? value : (el.textContent ?? '');
  return text.slice(0, MAX_DRAFT);
}
