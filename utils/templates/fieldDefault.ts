import type { TemplateField } from './fieldSchema';

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The value a fill-in form starts with: the default, with `today`/`tomorrow`/`+N` resolved to a date. */
export function fieldDefault(field: TemplateField, now: Date): string {
  const value = field.default ?? '';
  if (field.type !== 'date') return value;
  if (value === 'today') return isoDay(now);
  if (value === 'tomorrow') return isoDay(new Date(now.getTime() + 86_400_000));
  const days = /^\+(\d+)$/.exec(value);
  if (days) return isoDay(new Date(now.getTime() + Number(days[1]) * 86_400_000));
  return value;
}
