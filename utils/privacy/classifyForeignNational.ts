import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';

// Where customers' relatives and roaming numbers come from, written the local way with the
// trunk "0": Ukraine "044 123 45 67", the UK "07901 884766", Germany, Turkey, France.
const TRUNK_ZERO: readonly CountryCode[] = ['UA', 'GB', 'DE', 'TR', 'FR'];
// Belarus dials "8 0" before the operator code: "8 029 915-41-46". No Russian number starts "80"
// except the 8-80x service lines, which start "880".
const BELARUS = /^80[1-9]\d{8}$/;
// Freephone lines (0800…) are companies', not people's.
const FREEPHONE = /^0800/;

/**
 * A foreign number in its national format (trunk prefix, no "+"), valid for one of the countries
 * above. Only when written in groups like a phone: a bare run of digits starting with 0 is more
 * often a code or an order number.
 */
export function classifyForeignNational(digits: string, groups: readonly number[]): string | null {
  if (groups.length < 2) return null;
  if (BELARUS.test(digits)) {
    const by = parsePhoneNumberFromString(digits, 'BY');
    return by?.isValid() ? by.number.slice(1) : null;
  }
  if (digits[0] !== '0' || digits[1] === '0' || FREEPHONE.test(digits)) return null;
  for (const country of TRUNK_ZERO) {
    const parsed = parsePhoneNumberFromString(digits, country);
    if (parsed?.isValid()) return parsed.number.slice(1);
  }
  return null;
}
