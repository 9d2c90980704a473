import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * A phone number as written on a CRM page (`8 (916) 123-45-67`, `+7 916 1234567`, `00 49 30 …`)
 * in E.164, or null if it is not a valid number. Russian national formats are the default
 * because our operators mostly serve Russian subscribers.
 */
export function normalizePhone(raw: string, defaultCountry = 'RU'): string | null {
  const trimmed = raw.trim();
  if (!/\d/.test(trimmed) || trimmed.length > 40) return null;
  // "00" is the international prefix in most of Europe; libphonenumber only knows "+".
  const candidate = trimmed.replace(/^00(?=[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(candidate, defaultCountry.toUpperCase() as CountryCode);
  if (!parsed?.isValid()) return null;
  return parsed.number;
}
