const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Whether the operator changed an inserted template before sending: the message as sent no
 * longer contains the inserted text (whitespace aside). Text typed around it (a greeting before,
 * a question after) is not an edit of the template.
 */
export function wasEdited(inserted: string, sent: string): boolean {
  return !squash(sent).includes(squash(inserted));
}
