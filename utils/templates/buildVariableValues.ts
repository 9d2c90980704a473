import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { SubscriberIds } from '../conversation/types';
import type { Lang } from './ids';
import { splitPersonName } from './splitPersonName';
import type { VariableValues } from './variables';

export interface VariableSources {
  /** The open conversation's subscriber, normalised (`normalizeSubscriber`). */
  subscriber?: SubscriberIds | null;
  operatorName?: string;
  companyName?: string;
  /** The template's pack constants, as `pack.<key>`. */
  constants?: Readonly<Record<string, string>>;
  /** The template's language: dates are written in it. */
  lang: Lang;
  now: Date;
}

const LOCALE: Record<Lang, string> = { ru: 'ru-RU', en: 'en-GB' };

function formatPhone(e164: string | undefined): string | undefined {
  if (!e164) return undefined;
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

// Formatters are costly to create and every visible template row fills its variables.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, kind: 'day' | 'time'): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      LOCALE[lang],
      kind === 'day' ? { day: 'numeric', month: 'long' } : { hour: '2-digit', minute: '2-digit' },
    );
    formatters.set(key, f);
  }
  return f;
}

/** Writes a date the way a reply would: «28 ноября», "28 November". */
export function formatDay(date: Date, lang: Lang): string {
  return formatter(lang, 'day').format(date);
}

/** The values of every known variable (see `KNOWN_VARIABLES`) plus the pack's constants. */
export function buildVariableValues(sources: VariableSources): Record<string, string | undefined> {
  const { subscriber, lang, now } = sources;
  const customer = splitPersonName(subscriber?.name);
  const operator = splitPersonName(sources.operatorName);
  const tomorrow = new Date(now.getTime() + 24 * 3600 * 1000);
  const values: Record<string, string | undefined> = {
    'customer.name': subscriber?.name,
    'customer.firstName': customer.first,
    'customer.lastName': customer.last,
    'customer.patronymic': customer.patronymic,
    'customer.nameAndPatronymic':
      customer.first && customer.patronymic ? `${customer.first} ${customer.patronymic}` : customer.first,
    'customer.phone': formatPhone(subscriber?.phone),
    'customer.email': subscriber?.email,
    'customer.crmId': subscriber?.crmId,
    'operator.name': sources.operatorName?.trim() || undefined,
    'operator.firstName': operator.first,
    'company.name': sources.companyName?.trim() || sources.constants?.companyName || undefined,
    'date.today': formatDay(now, lang),
    'date.tomorrow': formatDay(tomorrow, lang),
    'time.now': formatter(lang, 'time').format(now),
  };
  for (const [key, value] of Object.entries(sources.constants ?? {})) values[`pack.${key}`] = value;
  return values satisfies VariableValues;
}
