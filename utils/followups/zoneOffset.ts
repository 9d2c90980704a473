/**
 * Minutes east of UTC of an IANA time zone at an instant (e.g. Europe/Moscow → 180); the
 * runtime's own zone when none is given. Invalid zone names fall back to the runtime's zone.
 */
export function zoneOffset(at: number, timeZone?: string): number {
  if (!timeZone) return -new Date(at).getTimezoneOffset();
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(new Date(at));
  } catch {
    return -new Date(at).getTimezoneOffset();
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(at / 1000) * 1000) / 60_000);
}
