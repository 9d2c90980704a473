import { classifyDigits, type DigitClue } from './classifyDigits';
import { CONTEXT, type ContextName, PERSONAL_ACCOUNT } from './contextWords';
import { type DigitRun, findDigitRuns } from './findDigitRuns';
import type { PiiCandidate } from './piiTypes';

const BIK = /(?:бик|bik)\D{0,6}(0\d{8})(?!\d)/i;
const CONTEXT_REACH = 40;
const MIN_DIGITS = 10;
const MAX_DIGITS = 20;
/** Personal-account numbers are shorter than phones; below five digits a number is an amount or a count. */
const MIN_ACCOUNT_ID_DIGITS = 5;
const BANK_ACCOUNT_DIGITS = 20;
/** Found numbers outrank names but yield to known identifiers, e-mails and passports. */
export const NUMBER_PRIORITY = 3;
/**
 * "лицевой счёт 1758485181" outranks even a known identifier: the CRM lists the bare digits and
 * the redactor would guess a phone, while the customer's own words say what the number is.
 */
export const PERSONAL_ACCOUNT_PRIORITY = 6;

interface Scan {
  text: string;
  run: DigitRun;
  /** Context windows never reach back past the previous number: its words are its own. */
  floor: number;
  bik: string | undefined;
  out: PiiCandidate[];
}

function makeClue(scan: Scan, start: number): DigitClue {
  const from = Math.max(scan.floor, start - CONTEXT_REACH);
  const before = scan.text.slice(from, start).toLowerCase();
  return {
    has: (c: ContextName) => CONTEXT[c].test(before),
    numberSign: /[№#]\s*$/.test(before),
    bik: scan.bik,
  };
}

/**
 * "+44 (0)20 9658 6313": the trunk "0" of the national format, bracketed after the country
 * code, is not dialled from abroad and is no part of the number.
 */
function isTrunkZero(text: string, g: readonly [number, number]): boolean {
  return g[1] - g[0] === 1 && text.slice(g[0] - 1, g[1] + 1) === '(0)';
}

function tryRange(scan: Scan, i: number, j: number): boolean {
  const { text, run } = scan;
  const first = run.groups[i];
  const last = run.groups[j - 1];
  if (!first || !last) return false;
  const groups: number[] = [];
  let digits = '';
  for (let k = i; k < j; k++) {
    const g = run.groups[k];
    if (!g) return false;
    if (k === 1 && i === 0 && run.plus && isTrunkZero(text, g)) continue;
    groups.push(g[1] - g[0]);
    digits += text.slice(g[0], g[1]);
  }
  // A range keeps the run's "+" or "(" only when it starts at the run's first group.
  let start = first[0];
  if (i === 0) start = run.start;
  else if (text[start - 1] === '(') start -= 1;
  const end = last[1];
  const slice = text.slice(start, end);
  const found = classifyDigits(
    { digits, groups, plus: i === 0 && run.plus, paren: slice.includes('(') },
    makeClue(scan, start),
  );
  if (!found) return false;
  scan.out.push({ type: found.type, start, end, key: found.key, priority: NUMBER_PRIORITY });
  return true;
}

/**
 * Finds the longest classifiable stretch of groups in [lo, hi), then looks left and right of it.
 * Whole runs classify at once; this matters when two numbers touch ("2 × 8 916 123-45-67").
 */
function scanGroups(scan: Scan, lo: number, hi: number, counts: readonly number[]): void {
  for (let width = hi - lo; width >= 1; width--) {
    for (let i = lo; i + width <= hi; i++) {
      const n = (counts[i + width] ?? 0) - (counts[i] ?? 0);
      if (n < MIN_DIGITS || n > MAX_DIGITS) continue;
      if (tryRange(scan, i, i + width)) {
        scanGroups(scan, lo, i, counts);
        scanGroups(scan, i + width, hi, counts);
        return;
      }
    }
  }
}

/**
 * The number after "лицевой счёт", "ЛС", "account number" is an ID, even when its digits would
 * make a phone or an INN. If more numbers follow in the same run ("л/с 123456 8 916 …"), the ID
 * is its first group and the rest is scanned as usual.
 */
function personalAccount(scan: Scan, counts: readonly number[]): void {
  const { run, text, out } = scan;
  const first = run.groups[0];
  const last = run.groups[run.groups.length - 1];
  if (!first || !last) return;
  const rest: PiiCandidate[] = [];
  scanGroups({ ...scan, out: rest }, 1, run.groups.length, counts);
  const end = rest.length === 0 ? last[1] : first[1];
  const key = text.slice(first[0], end).replace(/\D/g, '');
  out.push({ type: 'ID', start: first[0], end, key, priority: PERSONAL_ACCOUNT_PRIORITY });
  out.push(...rest);
}

function afterPersonalAccountCue(text: string, floor: number, start: number): boolean {
  return PERSONAL_ACCOUNT.test(text.slice(Math.max(floor, start - CONTEXT_REACH), start).toLowerCase());
}

/** Phones, cards, SNILS, INN, IMEI, ICCID and bank accounts, plus 8-800 lines to keep. */
export function detectNumbers(text: string, out: PiiCandidate[]): void {
  const runs = findDigitRuns(text);
  let bik: string | undefined;
  let bikLooked = false;
  let floor = 0;
  for (const run of runs) {
    // Prefix sums of digit counts, so a range's length is known before its digits are joined.
    const counts = [0];
    let total = 0;
    for (const [s, e] of run.groups) {
      total += e - s;
      counts.push(total);
    }
    const scanCue = total >= MIN_ACCOUNT_ID_DIGITS && total !== BANK_ACCOUNT_DIGITS;
    if (scanCue && afterPersonalAccountCue(text, floor, run.start)) {
      personalAccount({ text, run, floor, bik, out }, counts);
    } else if (total >= MIN_DIGITS) {
      if (!bikLooked && total >= 20) {
        bik = BIK.exec(text)?.[1];
        bikLooked = true;
      }
      scanGroups({ text, run, floor, bik, out }, 0, run.groups.length, counts);
    }
    floor = run.end;
  }
}
