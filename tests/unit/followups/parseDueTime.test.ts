import { describe, expect, it } from 'vitest';
import { parseDueTime } from '@/utils/followups/parseDueTime';

// Tuesday 25 November 2025, 13:40 in Moscow.
const NOW = Date.parse('2025-11-25T13:40:00+03:00');
const MSK = { now: NOW, timeZone: 'Europe/Moscow' };
const at = (iso: string) => Date.parse(iso);

describe('parseDueTime, Russian', () => {
  it('«завтра в 10» is 10:00 tomorrow in the operator’s zone', () => {
    expect(parseDueTime('завтра в 10', MSK)?.dueAt).toBe(at('2025-11-26T10:00:00+03:00'));
  });

  it('«через 2 часа» counts from now', () => {
    expect(parseDueTime('проверить перевод через 2 часа', MSK)).toEqual({
      dueAt: NOW + 2 * 3_600_000,
      matched: 'через 2 часа',
      rest: 'проверить перевод',
      lang: 'ru',
    });
    expect(parseDueTime('через 15 минут', MSK)?.dueAt).toBe(NOW + 15 * 60_000);
  });

  it('«в пятницу в 18:30» is the coming Friday', () => {
    expect(parseDueTime('в пятницу в 18:30', MSK)?.dueAt).toBe(at('2025-11-28T18:30:00+03:00'));
    // On a Saturday the coming Friday is next week's.
    const saturday = { ...MSK, now: Date.parse('2025-11-29T12:00:00+03:00') };
    expect(parseDueTime('в пятницу в 18:30', saturday)?.dueAt).toBe(at('2025-12-05T18:30:00+03:00'));
  });

  it('keeps the words of the task apart from the time', () => {
    const parsed = parseDueTime('Перезвонить завтра в 10, спросить про друга', MSK);
    expect(parsed?.rest).toBe('Перезвонить, спросить про друга');
    expect(parsed?.matched).toBe('завтра в 10');
  });

  it('understands dates, parts of the day and the evening', () => {
    expect(parseDueTime('1 декабря в 12:00', MSK)?.dueAt).toBe(at('2025-12-01T12:00:00+03:00'));
    expect(parseDueTime('завтра в 10 вечера', MSK)?.dueAt).toBe(at('2025-11-26T22:00:00+03:00'));
    expect(parseDueTime('послезавтра в 9:00', MSK)?.dueAt).toBe(at('2025-11-27T09:00:00+03:00'));
  });
});

describe('parseDueTime, English', () => {
  it('"tomorrow at 10", "in 2 hours", "on Friday at 6:30pm"', () => {
    expect(parseDueTime('call back tomorrow at 10', MSK)).toMatchObject({
      dueAt: at('2025-11-26T10:00:00+03:00'),
      rest: 'call back',
      lang: 'en',
    });
    expect(parseDueTime('in 2 hours', MSK)?.dueAt).toBe(NOW + 2 * 3_600_000);
    expect(parseDueTime('on Friday at 6:30pm', MSK)?.dueAt).toBe(at('2025-11-28T18:30:00+03:00'));
  });
});

describe('parseDueTime, time zones', () => {
  it('reads wall-clock times in the operator’s zone', () => {
    const novosibirsk = { now: NOW, timeZone: 'Asia/Novosibirsk' };
    expect(parseDueTime('завтра в 10', novosibirsk)?.dueAt).toBe(at('2025-11-26T10:00:00+07:00'));
    // Relative times do not depend on the zone.
    expect(parseDueTime('через 2 часа', novosibirsk)?.dueAt).toBe(NOW + 2 * 3_600_000);
  });

  it('honours a zone named in the text: abbreviations, UTC offsets and «по <городу>»', () => {
    expect(parseDueTime('tomorrow 10am EST', MSK)?.dueAt).toBe(at('2025-11-26T10:00:00-05:00'));
    expect(parseDueTime('завтра в 10:00 UTC+5', MSK)?.dueAt).toBe(at('2025-11-26T10:00:00+05:00'));
    expect(parseDueTime('завтра в 9 по Новосибирску', MSK)?.dueAt).toBe(at('2025-11-26T09:00:00+07:00'));
    expect(
      parseDueTime('в пятницу в 18:30 по московскому времени', { now: NOW, timeZone: 'Asia/Yekaterinburg' })
        ?.dueAt,
    ).toBe(at('2025-11-28T18:30:00+03:00'));
    expect(parseDueTime('завтра в 12 мск', { now: NOW, timeZone: 'Asia/Vladivostok' })?.dueAt).toBe(
      at('2025-11-26T12:00:00+03:00'),
    );
  });
});

describe('parseDueTime, nothing to parse', () => {
  it('returns null when there is no time', () => {
    expect(parseDueTime('Перезвонить абоненту', MSK)).toBeNull();
    expect(parseDueTime('', MSK)).toBeNull();
  });
});
