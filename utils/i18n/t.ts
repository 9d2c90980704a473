import { en, type MessageKey, ru } from './catalog';

export type Locale = 'ru' | 'en';

const catalogs: Record<Locale, Record<MessageKey, string>> = { ru, en };

/** Russian for Russian-speaking browsers (and as the default), English otherwise. */
export function pickLocale(language: string | undefined): Locale {
  if (!language) return 'ru';
  return /^(ru|be|uk|kk)\b/i.test(language) ? 'ru' : 'en';
}

let current: Locale = pickLocale(typeof navigator === 'undefined' ? undefined : navigator.language);

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** The UI string for `key` in the current locale, with `{0}`, `{1}`… replaced. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const template = catalogs[current][key];
  return template.replace(/\{(\d+)\}/g, (m, i: string) => {
    const sub = subs[Number(i)];
    return sub === undefined ? m : String(sub);
  });
}
