import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  defaultTimeZone,
  formatDate,
  formatNumber,
  isValidTimeZone,
  parseDate,
  resolveTimeZone,
} from '../src/format.js';

// 01:30 on 28 November in Vietnam, still 27 November in UTC and everywhere west of it.
const lateEveningUtc = '2026-11-27T18:30:00Z';

describe('formatDate', () => {
  const originalTimeZone = process.env.TZ;
  afterEach(() => {
    if (originalTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalTimeZone;
  });

  it.each([
    ['UTC', 27],
    ['America/Los_Angeles', 27],
    ['Pacific/Honolulu', 27],
    ['Europe/London', 27],
    ['Asia/Ho_Chi_Minh', 28],
  ])("shows Vietnam's calendar day when the process runs in %s", (processTimeZone, localDay) => {
    process.env.TZ = processTimeZone;
    // Proves the process clock really moved, so the next assertions are not passing by accident.
    expect(new Date(lateEveningUtc).getDate()).toBe(localDay);
    expect(formatDate(lateEveningUtc, { language: 'vi' })).toBe('28/11/2026');
    expect(formatDate(lateEveningUtc, { language: 'en' })).toBe('28/11/2026');
  });

  it('uses Asia/Ho_Chi_Minh by default', () => {
    expect(defaultTimeZone).toBe('Asia/Ho_Chi_Minh');
    const options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
    expect(formatDate(lateEveningUtc, { language: 'vi', ...options })).toBe('01:30');
  });

  it('honours another time zone', () => {
    expect(formatDate(lateEveningUtc, { language: 'vi', timeZone: 'UTC' })).toBe('27/11/2026');
    expect(formatDate(lateEveningUtc, { language: 'en', timeZone: 'America/New_York' })).toBe('27/11/2026');
  });

  it('falls back to the default time zone when the zone is unknown', () => {
    expect(formatDate(lateEveningUtc, { language: 'vi', timeZone: 'Mars/Olympus_Mons' })).toBe('28/11/2026');
    expect(formatDate(lateEveningUtc, { language: 'en', timeZone: '' })).toBe('28/11/2026');
  });

  it('writes Vietnamese and English differently', () => {
    const weekday = { weekday: 'long' } as const;
    expect(formatDate(lateEveningUtc, { language: 'vi', ...weekday })).toBe('Thứ Bảy');
    expect(formatDate(lateEveningUtc, { language: 'en', ...weekday })).toBe('Saturday');

    const long = { day: 'numeric', month: 'long', year: 'numeric' } as const;
    expect(formatDate(lateEveningUtc, { language: 'vi', ...long })).toContain('tháng 11');
    expect(formatDate(lateEveningUtc, { language: 'en', ...long })).toBe('28 November 2026');
  });

  it('keeps formats with different options apart', () => {
    const dateOnly = formatDate(lateEveningUtc, { language: 'en' });
    const timeOnly = formatDate(lateEveningUtc, { language: 'en', timeStyle: 'short' });
    expect(dateOnly).toBe('28/11/2026');
    expect(timeOnly).toBe('01:30');
  });

  it('accepts epoch milliseconds and Date objects', () => {
    const instant = Date.parse(lateEveningUtc);
    expect(formatDate(instant, { language: 'vi' })).toBe('28/11/2026');
    expect(formatDate(new Date(instant), { language: 'vi' })).toBe('28/11/2026');
  });

  it.each([
    ['garbage', 'not a date'],
    ['an empty string', ''],
    ['an invalid Date', new Date(Number.NaN)],
    ['NaN', Number.NaN],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
  ])('gives an empty string for %s', (_, value) => {
    expect(formatDate(value, { language: 'vi' })).toBe('');
  });
});

describe('isValidTimeZone', () => {
  it.each(['Asia/Ho_Chi_Minh', 'UTC', 'Europe/Paris'])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(['Mars/Olympus_Mons', 'GMT+25', 'not a zone'])('rejects %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});

describe('parseDate', () => {
  it('parses ISO strings, trimming whitespace', () => {
    expect(parseDate('2026-11-27T18:30:00Z')?.toISOString()).toBe('2026-11-27T18:30:00.000Z');
    expect(parseDate('  2026-11-27T18:30:00+07:00 \n')?.toISOString()).toBe('2026-11-27T11:30:00.000Z');
    expect(parseDate('2026-11-27')?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });

  it('parses epoch milliseconds, including zero', () => {
    expect(parseDate(0)?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(parseDate(Date.parse(lateEveningUtc))?.toISOString()).toBe('2026-11-27T18:30:00.000Z');
  });

  it('copies a Date rather than returning the caller’s object', () => {
    const original = new Date(lateEveningUtc);
    const parsed = parseDate(original);
    expect(parsed).not.toBe(original);
    expect(parsed?.getTime()).toBe(original.getTime());
  });

  it.each([
    ['garbage', 'yesterday-ish'],
    ['an impossible date', '2026-13-45'],
    ['an empty string', ''],
    ['whitespace', '   '],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an invalid Date', new Date('nope')],
    ['null', null],
    ['undefined', undefined],
    ['a boolean', true],
    ['an object', { date: lateEveningUtc }],
  ])('gives undefined for %s', (_, value) => {
    expect(parseDate(value)).toBeUndefined();
  });
});

describe('formatNumber', () => {
  it('groups and separates decimals per language', () => {
    expect(formatNumber(1234.5, { language: 'vi' })).toBe('1.234,5');
    expect(formatNumber(1234.5, { language: 'en' })).toBe('1,234.5');
  });

  it('passes Intl options through', () => {
    expect(formatNumber(21.456, { language: 'vi', maximumFractionDigits: 1 })).toBe('21,5');
    expect(formatNumber(21.456, { language: 'en', maximumFractionDigits: 0 })).toBe('21');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('gives an empty string for %s', (value) => {
    expect(formatNumber(value, { language: 'vi' })).toBe('');
  });
});

describe('resolveTimeZone', () => {
  it('returns a known zone as given, without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(resolveTimeZone('Europe/Paris', 'pw-test')).toBe('Europe/Paris');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('treats a removed attribute or unset property as the default, without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(resolveTimeZone(null, 'pw-test')).toBe('Asia/Ho_Chi_Minh');
    expect(resolveTimeZone(undefined, 'pw-test')).toBe('Asia/Ho_Chi_Minh');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('falls back to Asia/Ho_Chi_Minh with one warning naming the element, attribute and value', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(resolveTimeZone('Mars/Olympus', 'pw-test')).toBe('Asia/Ho_Chi_Minh');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /<pw-test> time-zone: unknown time zone in Mars\/Olympus.*Asia\/Ho_Chi_Minh/,
    );
    warn.mockRestore();
  });
});
