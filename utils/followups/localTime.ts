import { zoneOffset } from './zoneOffset';

const DAY = 86_400_000;

/**
 * The instant the operator's clock shows `minutes` after midnight, `days` after the local day of
 * `at`. The offset is looked up twice so a day that changes it (DST) still lands right.
 */
function localWallTime(at: number, days: number, minutes: number, timeZone?: string): number {
  const offset = (t: number) => zoneOffset(t, timeZone) * 60_000;
  const wall = Math.floor((at + offset(at)) / DAY) * DAY + days * DAY + minutes * 60_000;
  return wall - offset(wall - offset(at));
}

/** Midnight that starts the operator's local day containing `at` (ms). */
export function startOfLocalDay(at: number, timeZone?: string): number {
  return localWallTime(at, 0, 0, timeZone);
}

/** The last millisecond of the operator's local day containing `at`: the "today" list's horizon. */
export function endOfLocalDay(at: number, timeZone?: string): number {
  return localWallTime(at, 1, 0, timeZone) - 1;
}

/** `hour`:`minute` local time on the day after `at`. */
export function tomorrowAt(at: number, hour: number, minute = 0, timeZone?: string): number {
  return localWallTime(at, 1, hour * 60 + minute, timeZone);
}
