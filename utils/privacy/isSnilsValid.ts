/**
 * SNILS control number: the 9-digit body weighted 9…1, sum mod 101 (100 and 101 give 00).
 * Bodies up to 001-001-998 predate the checksum and are never issued to people now, so
 * they are rejected rather than accepted unchecked.
 */
export function isSnilsValid(digits: string): boolean {
  if (digits.length !== 11) return false;
  const body = digits.slice(0, 9);
  if (Number(body) <= 1001998) return false;
  return snilsControl(body) === digits.slice(9);
}

export function snilsControl(body: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (body.charCodeAt(i) - 48) * (9 - i);
  let control = sum % 101;
  if (control === 100) control = 0;
  return String(control).padStart(2, '0');
}
