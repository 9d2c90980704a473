const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function innDigit(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i] ?? 0);
  return (sum % 11) % 10;
}

/** Russian taxpayer number: 10 digits (organisation) or 12 (person), with its control digit(s). */
export function isInnValid(digits: string): boolean {
  if (digits.startsWith('00')) return false;
  if (digits.length === 10) return innDigit(digits, W10) === digits.charCodeAt(9) - 48;
  if (digits.length === 12) {
    return (
      innDigit(digits, W11) === digits.charCodeAt(10) - 48 &&
      innDigit(digits, W12) === digits.charCodeAt(11) - 48
    );
  }
  return false;
}

/** Completes a 9- or 10-digit body into a valid INN (for generating test data). */
export function completeInn(body: string): string {
  if (body.length === 9) return body + innDigit(body, W10);
  const eleven = body + innDigit(body, W11);
  return eleven + innDigit(eleven, W12);
}
