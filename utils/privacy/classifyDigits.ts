import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { classifyForeignNational } from './classifyForeignNational';
import type { ContextName } from './contextWords';
import { isAccountKeyValid } from './isAccountKeyValid';
import { isInnValid } from './isInnValid';
import { isLuhnValid } from './isLuhnValid';
import { isSnilsValid } from './isSnilsValid';
import { KEEP, type PiiType } from './piiTypes';

/** Digits of a candidate number and how they were grouped when written. */
export interface DigitSlice {
  digits: string;
  /** Lengths of the digit groups: "8 (916) 123-45-67" → [1, 3, 3, 2, 2]. */
  groups: readonly number[];
  plus: boolean;
  paren: boolean;
}

export interface DigitClue {
  /** Whether a context word of this kind stands shortly before the number. */
  has(context: ContextName): boolean;
  /** "№" or "#" right before the number: it is an order or ticket number. */
  numberSign: boolean;
  /** A BIK written in the same message, if any, for the account key check. */
  bik: string | undefined;
}

export interface DigitClass {
  type: PiiType | typeof KEEP;
  /** Normalised digits: equal keys share one placeholder. */
  key: string;
}

// Mir 2200–2204 and Mastercard 2221–2720 (2[2-7]), Amex/JCB/Diners 34–37, Visa 4, Mastercard and
// Maestro 5, UnionPay/Maestro 6.
const CARD_PREFIX = /^(?:2[2-7]|3[4-7]|[456])/;
// Balance-account prefixes of client accounts (40817 personal, 40702 companies, 423 deposits…).
const ACCOUNT_PREFIX = /^(?:40[1-8]|42[0-6])/;
// Russian geographic and mobile codes start 3, 4, 8, 9; Kazakhstan shares +7 with 6 and 7.
const RU_NATIONAL = /^[346789]\d{9}$/;
// 8-800, 8-804…: toll-free and service lines of companies, not a person's number.
const TOLL_FREE = /^80\d/;

const same = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Groupings people use for a Russian national number: "9161234567", "916 1234567", "(3812) 12-34-56". */
function nationalGroupingOk(g: readonly number[]): boolean {
  if (g.length === 1) return true;
  if (same(g, [3, 7])) return true;
  const first = g[0] ?? 0;
  return g.length >= 3 && first >= 3 && first <= 5 && g.slice(1).every((x) => x >= 1 && x <= 4);
}

/** Groups of the national part of an 11-digit number written with its 7/8 prefix. */
function nationalGroups(g: readonly number[]): number[] {
  const [first = 0, ...rest] = g;
  return first === 1 ? rest : [first - 1, ...rest];
}

function cardGroupingOk(g: readonly number[]): boolean {
  // 8-8: the halves some banking apps and printed statements show ("42760998 95079292").
  if (g.length === 1 || same(g, [4, 6, 5]) || same(g, [4, 6, 4]) || same(g, [8, 8])) return true;
  return g.every((x, i) => x === 4 || (i === g.length - 1 && x <= 4));
}

function imeiGroupingOk(g: readonly number[]): boolean {
  return (
    g.length === 1 || same(g, [2, 6, 6, 1]) || same(g, [2, 6, 7]) || same(g, [8, 6, 1]) || same(g, [8, 7])
  );
}

function iccidGroupingOk(g: readonly number[]): boolean {
  return g.length === 1 || g.every((x, i) => (x >= 4 && x <= 5) || (i === g.length - 1 && x <= 5));
}

/**
 * A number written with "+" and its country code. The "+" says "phone", so a number of a
 * possible length for its country counts even where the metadata knows no such range (a UK
 * "+44 7609 455628"); after "00" the digits could be anything, so they must be a valid number.
 */
function classifyInternational(digits: string, plus: boolean): DigitClass | null {
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  if (!parsed || !(parsed.isValid() || (plus && parsed.isPossible()))) return null;
  return { type: 'PHONE', key: parsed.number.slice(1) };
}

function classifyRussianPhone(national: string, groups: readonly number[]): DigitClass | null {
  if (TOLL_FREE.test(national)) return { type: KEEP, key: national };
  if (RU_NATIONAL.test(national) && nationalGroupingOk(groups)) return { type: 'PHONE', key: `7${national}` };
  return null;
}

function classifyLong(d: string, g: readonly number[], clue: DigitClue): DigitClass | null {
  const n = d.length;
  const luhn = isLuhnValid(d);
  if (n >= 19 && d.startsWith('89') && luhn && (iccidGroupingOk(g) || clue.has('iccid'))) {
    return { type: 'ICCID', key: d };
  }
  if (n === 20) {
    // 30101…: a bank's correspondent account, printed in every bank's public details.
    if (d.startsWith('30101')) return { type: KEEP, key: d };
    const keyOk = clue.bik !== undefined && isAccountKeyValid(d, clue.bik);
    if (clue.has('account') || keyOk || (g.length === 1 && ACCOUNT_PREFIX.test(d)))
      return { type: 'ACCOUNT', key: d };
    return null;
  }
  if (n >= 16 && luhn && CARD_PREFIX.test(d) && (cardGroupingOk(g) || clue.has('card'))) {
    return { type: 'CARD', key: d };
  }
  if (n === 15 && luhn) {
    // Amex is also 15 digits with Luhn; only the word "card" tells it from an IMEI.
    if (/^3[47]/.test(d) && clue.has('card') && !clue.has('imei')) return { type: 'CARD', key: d };
    if (imeiGroupingOk(g) || clue.has('imei')) return { type: 'IMEI', key: d };
  }
  return null;
}

function classifyEleven(d: string, g: readonly number[], clue: DigitClue): DigitClass | null {
  const snils = isSnilsValid(d);
  if (snils && (same(g, [3, 3, 3, 2]) || same(g, [9, 2]) || clue.has('snils')))
    return { type: 'SNILS', key: d };
  if (d[0] === '7' || d[0] === '8') {
    const phone = classifyRussianPhone(d.slice(1), nationalGroups(g));
    if (phone) return phone;
  }
  if (snils && g.length === 1) return { type: 'SNILS', key: d };
  return foreign(d, g, clue);
}

function classifyTen(s: DigitSlice, clue: DigitClue): DigitClass | null {
  const { digits: d, groups: g } = s;
  // After "ИНН" any grouping counts ("7707 083 893"); without it only the bare ten digits.
  if (clue.has('inn') && isInnValid(d)) return { type: 'INN', key: d };
  const phone = classifyRussianPhone(d, g);
  if (phone?.type === KEEP) return phone;
  // Written like a phone ("(495) 123-45-67") it is one; bare ten digits are a mobile number
  // only when they start with 9 and nothing calls them an order or ticket number.
  if (phone && (g.length > 1 || s.paren)) return phone;
  if (phone && d[0] === '9' && !clue.numberSign && !clue.has('order')) return phone;
  if (innLike(d, g, clue)) return { type: 'INN', key: d };
  return foreign(d, g, clue);
}

/** A foreign number in its national format, unless the text calls it an order or ticket number. */
function foreign(d: string, g: readonly number[], clue: DigitClue): DigitClass | null {
  if (clue.numberSign || clue.has('order')) return null;
  const key = classifyForeignNational(d, g);
  return key === null ? null : { type: 'PHONE', key };
}

/**
 * An INN by checksum alone, unless the text calls it an order or ticket number: one number
 * in ten (one in a hundred for 12 digits) passes the INN checksum by chance.
 */
function innLike(d: string, g: readonly number[], clue: DigitClue): boolean {
  if (!isInnValid(d)) return false;
  if (clue.has('inn')) return true;
  return g.length === 1 && !clue.numberSign && !clue.has('order');
}

/** What a run of digits is, from its length, checksum, grouping and nearby words; null if not PII. */
export function classifyDigits(s: DigitSlice, clue: DigitClue): DigitClass | null {
  const { digits: d, groups: g } = s;
  const n = d.length;
  if (n < 10 || n > 20) return null;
  // "009-518-428 53" after "СНИЛС": a checksum and its grouping or cue outweigh a "00" prefix.
  if (!s.plus && n === 11 && isSnilsValid(d) && (same(g, [3, 3, 3, 2]) || clue.has('snils'))) {
    return { type: 'SNILS', key: d };
  }
  if (s.plus || d.startsWith('00')) {
    const intl = s.plus ? d : d.slice(2);
    // After "00" the grouping is anyone's guess, so only the digits are checked.
    const natGroups = s.plus ? nationalGroups(g) : [10];
    const phone =
      intl[0] === '7' && intl.length === 11
        ? classifyRussianPhone(intl.slice(1), natGroups)
        : classifyInternational(intl, s.plus);
    // Without a "+", leading zeros are no dialling prefix unless a phone follows: a SNILS may
    // start "001-701-082 71".
    if (phone || s.plus) return phone;
  }
  if (n >= 15) return classifyLong(d, g, clue);
  if (n === 12) return innLike(d, g, clue) ? { type: 'INN', key: d } : null;
  if (n === 11) return classifyEleven(d, g, clue);
  if (n === 10) return classifyTen(s, clue);
  return null;
}
