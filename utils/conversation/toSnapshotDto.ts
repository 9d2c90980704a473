import { MAX_DTO_MESSAGES } from '../messaging/limits';
import type { SnapshotDto } from '../messaging/snapshotDto';
import { composerText } from './composerText';
import type { RawSnapshot } from './readWithProfile';

/**
 * The serialisable report of what a page shows (the latest messages only). `saved` says how the
 * site's saved profile fared, when it has one.
 */
function draftOf(composer: Element | null): string {
  const text = composerText(composer);
  return text.trim() ? text : '';
}

export function toSnapshotDto(
  raw: RawSnapshot | null,
  location: { href: string; origin: string },
  now: number,
  saved?: 'ok' | 'mismatch',
): SnapshotDto {
  const savedProfile = saved ? { savedProfile: saved } : {};
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
      ...savedProfile,
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
  const draft = draftOf(raw.composer);
  return {
    url: location.href,
    origin: location.origin,
    status: 'ok',
    source: raw.source,
    messages,
    totalMessages: raw.messages.length,
    subscriber,
    hasComposer: raw.composer !== null,
    ...(draft ? { draft } : {}),
    readAt: now,
    confidence: raw.confidence,
    partial: raw.partial,
    ...savedProfile,
  };
}

function sameMessages(a: SnapshotDto['messages'], b: SnapshotDto['messages']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as SnapshotDto['messages'][number];
    const y = b[i] as SnapshotDto['messages'][number];
    if (x !== y && (x.role !== y.role || x.text !== y.text || x.time !== y.time)) return false;
  }
  return true;
}

/**
 * Equal when nothing the panel shows has changed (ignores the read time). Compared field by
 * field: this runs on every batch of mutations, and serialising 200 messages twice is not free.
 */
export function sameSnapshot(a: SnapshotDto | null, b: SnapshotDto): boolean {
  if (!a) return false;
  for (const key of Object.keys(b) as (keyof SnapshotDto)[]) {
    if (key === 'readAt' || key === 'messages' || key === 'subscriber') continue;
    if (a[key] !== b[key]) return false;
  }
  if (Object.keys(a).length !== Object.keys(b).length) return false;
  const sa = a.subscriber;
  const sb = b.subscriber;
  if (sa.phone !== sb.phone || sa.email !== sb.email || sa.name !== sb.name || sa.crmId !== sb.crmId)
    return false;
  return sameMessages(a.messages, b.messages);
}
