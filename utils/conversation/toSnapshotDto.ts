import { MAX_DTO_MESSAGES } from '../messaging/limits';
import type { SnapshotDto } from '../messaging/snapshotDto';
import type { RawSnapshot } from './readWithProfile';

/** The serialisable report of what a page shows (the latest messages only). */
export function toSnapshotDto(
  raw: RawSnapshot | null,
  location: { href: string; origin: string },
  now: number,
): SnapshotDto {
  if (!raw) {
    return {
      url: location.href,
      origin: location.origin,
      status: 'not_found',
      messages: [],
      totalMessages: 0,
      subscriber: {},
      hasComposer: false,
      readAt: now,
    };
  }
  const messages = raw.messages.slice(-MAX_DTO_MESSAGES).map((m) => ({
    role: m.role,
    text: m.text.slice(0, 50_000),
    ...(m.time ? { time: m.time.slice(0, 100) } : {}),
  }));
  const subscriber: SnapshotDto['subscriber'] = {};
  for (const key of ['phone', 'email', 'name', 'crmId'] as const) {
    const value = raw.subscriber[key];
    if (value) subscriber[key] = value.slice(0, 500);
  }
  return {
    url: location.href,
    origin: location.origin,
    status: 'ok',
    source: raw.source,
    messages,
    totalMessages: raw.messages.length,
    subscriber,
    hasComposer: raw.composer !== null,
    readAt: now,
  };
}

/** Equal when nothing the panel shows has changed (ignores the read time). */
export function sameSnapshot(a: SnapshotDto | null, b: SnapshotDto): boolean {
  if (!a) return false;
  return JSON.stringify({ ...a, readAt: 0 }) === JSON.stringify({ ...b, readAt: 0 });
}
