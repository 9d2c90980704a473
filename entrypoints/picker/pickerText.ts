import { crmEn } from '@/utils/i18n/areas/crm.en';
import { crmRu } from '@/utils/i18n/areas/crm.ru';

type PickerKey = Extract<keyof typeof crmRu, `picker${string}`>;

/** The picker's strings in the page's browser language (the picker does not load the whole catalogue). */
export function pickerText(key: PickerKey): string {
  const lang = typeof navigator === 'undefined' ? 'ru' : navigator.language;
  return /^(ru|be|uk|kk)\b/i.test(lang) ? crmRu[key] : crmEn[key];
}
