import { startOfLocalDay } from '@/utils/followups/localTime';
import { getLocale, t } from '@/utils/i18n/t';

const DAY = 86_400_000;

function intlLocale(): string {
  return getLocale() === 'ru' ? 'ru-RU' : 'en-GB';
}

/** A moment as an operator says it: «сегодня, 18:30», «завтра, 10:00», else «пт, 28 нояб., 18:30». */
export function formatWhen(at: number, now = Date.now()): string {
  const time = new Intl.DateTimeFormat(intlLocale(), { hour: '2-digit', minute: '2-digit' }).format(at);
  const days = Math.round((startOfLocalDay(at) - startOfLocalDay(now)) / DAY);
  if (days === 0) return t('whenToday', time);
  if (days === 1) return t('whenTomorrow', time);
  if (days === -1) return t('whenYesterday', time);
  return new Intl.DateTimeFormat(intlLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(new Date(at).getFullYear() !== new Date(now).getFullYear() ? { year: 'numeric' as const } : {}),
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}
