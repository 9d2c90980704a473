const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Spells a digit string in English words; long runs are read digit by digit. */
export function numberToEnglish(digits: string): string[] {
  if (digits.length === 0) return [];
  if (digits.length > 3 || (digits.length > 1 && digits.startsWith('0'))) {
    return [...digits].map((d) => UNITS[Number(d)] ?? '');
  }
  const n = Number(digits);
  if (n < 10) return [UNITS[n] ?? ''];
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h > 0) out.push(UNITS[h] ?? '', 'hundred');
  if (rest >= 10 && rest < 20) out.push(TEENS[rest - 10] ?? '');
  else {
    if (rest >= 20) out.push(TENS[Math.floor(rest / 10)] ?? '');
    if (rest % 10 > 0) out.push(UNITS[rest % 10] ?? '');
  }
  return out;
}
