const UNITS = ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const TEENS = [
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
];
const TENS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
];
const HUNDREDS = [
  '',
  'сто',
  'двести',
  'триста',
  'четыреста',
  'пятьсот',
  'шестьсот',
  'семьсот',
  'восемьсот',
  'девятьсот',
];

function below1000(n: number, feminine: boolean): string[] {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h > 0) out.push(HUNDREDS[h] ?? '');
  if (rest >= 10 && rest < 20) out.push(TEENS[rest - 10] ?? '');
  else {
    const t = Math.floor(rest / 10);
    const u = rest % 10;
    if (t > 0) out.push(TENS[t] ?? '');
    if (u > 0) {
      // "тысяча" is feminine: одна/две тысячи.
      if (feminine && u === 1) out.push('одна');
      else if (feminine && u === 2) out.push('две');
      else out.push(UNITS[u] ?? '');
    }
  }
  return out;
}

function thousandWord(n: number): string {
  const rest = n % 100;
  const u = n % 10;
  if (rest >= 11 && rest <= 14) return 'тысяч';
  if (u === 1) return 'тысяча';
  if (u >= 2 && u <= 4) return 'тысячи';
  return 'тысяч';
}

/**
 * Spells a digit string as Russian cardinal words (nominative), so "Tele2" scans and rhymes as
 * "теле два". Long digit runs (phone numbers) are read digit by digit, as people read them aloud.
 */
export function numberToRussian(digits: string): string[] {
  if (digits.length === 0) return [];
  if (digits.length > 6 || (digits.length > 1 && digits.startsWith('0'))) {
    return [...digits].map((d) => UNITS[Number(d)] ?? '');
  }
  const n = Number(digits);
  if (n === 0) return ['ноль'];
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const out: string[] = [];
  if (thousands > 0) out.push(...below1000(thousands, true), thousandWord(thousands));
  if (rest > 0) out.push(...below1000(rest, false));
  return out;
}
