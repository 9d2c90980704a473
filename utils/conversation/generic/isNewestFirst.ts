const AGO = /^(\d{1,3})\s*(сек|мин|ч|час|дн|д|s|m|h|min|hour|day)\w*\.?\s*(назад|ago)$/i;
const UNIT_MINUTES: Record<string, number> = {
  с: 1 / 60,
  s: 1 / 60,
  м: 1,
  m: 1,
  ч: 60,
  h: 60,
  д: 1440,
  d: 1440,
};
const DATE_TIME = /(\d{1,2})[./](\d{1,2})[./](\d{2,4})\D+(\d{1,2}):(\d{2})/;
const TIME = /(^|\D)(\d{1,2}):(\d{2})(?!\d)/;

/** A number that grows with time for the forms CRMs print, or null when the text is not one. */
function moment(text: string): number | null {
  const ago = AGO.exec(text.trim());
  if (ago) {
    const unit = (ago[2] ?? 'm').toLowerCase().charAt(0);
    return -Number(ago[1]) * (UNIT_MINUTES[unit] ?? 1);
  }
  const iso = Date.parse(text);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(iso)) return iso / 60000;
  const full = DATE_TIME.exec(text);
  if (full) {
    const [, d, m, y, h, min] = full.map(Number) as number[];
    const year = (y as number) < 100 ? 2000 + (y as number) : (y as number);
    return Date.UTC(year, (m as number) - 1, d, h, min) / 60000;
  }
  const time = TIME.exec(text);
  return time ? Number(time[2]) * 60 + Number(time[3]) : null;
}

/**
 * Whether a thread is drawn newest first (as ticket systems often do), told from the times its
 * messages show: most consecutive pairs going back in time.
 */
export function isNewestFirst(times: readonly (string | undefined)[]): boolean {
  const moments = times.map((t) => (t ? moment(t) : null)).filter((m): m is number => m !== null);
  if (moments.length < 3) return false;
  let back = 0;
  let forward = 0;
  for (let i = 1; i < moments.length; i++) {
    const diff = (moments[i] as number) - (moments[i - 1] as number);
    if (diff < 0) back++;
    else if (diff > 0) forward++;
  }
  return back > forward * 2;
}
