import { describe, expect, it } from 'vitest';
import { isZonedIsoDate, parseFeedDate } from '../src/feed-date.js';

describe('parseFeedDate', () => {
  it.each([
    // RFC 3339 (Atom, JSON Feed)
    ['2025-06-10T08:30:00+07:00', '2025-06-10T01:30:00.000Z'],
    ['2025-06-10T01:30:00Z', '2025-06-10T01:30:00.000Z'],
    ['2025-06-10T01:30:00.5z', '2025-06-10T01:30:00.500Z'],
    ['2025-06-10T08:30:00.123456+0700', '2025-06-10T01:30:00.123Z'],
    ['2025-06-10 08:30', '2025-06-10T01:30:00.000Z'],
    ['2025/06/10', '2025-06-09T17:00:00.000Z'],
    // RFC 822 / 2822 (RSS)
    ['Tue, 10 Jun 2025 08:30:00 +0700', '2025-06-10T01:30:00.000Z'],
    ['Tue, 10 Jun 2025 01:30:00 GMT', '2025-06-10T01:30:00.000Z'],
    ['Tue, 10 Jun 2025 01:30:00 UT', '2025-06-10T01:30:00.000Z'],
    ['Mon, 09 Jun 2025 21:30:00 EDT', '2025-06-10T01:30:00.000Z'],
    ['Tue,10 Jun 2025 08:30 +07:00', '2025-06-10T01:30:00.000Z'],
    ['10 June 2025 08:30:00 ICT', '2025-06-10T01:30:00.000Z'],
    ['Tue, 10 Jun 25 8:30 ICT', '2025-06-10T01:30:00.000Z'],
    ['tue, 10 jun 2025 08:30:00 gmt+7', '2025-06-10T01:30:00.000Z'],
    ['Tuesday, 10 Sept 2024 08:30:00 +0700', '2024-09-10T01:30:00.000Z'],
    ['10-Jun-2025 08:30:00 +0700', '2025-06-10T01:30:00.000Z'],
    ['  Tue,   10 Jun 2025   08:30:00 +0700  ', '2025-06-10T01:30:00.000Z'],
    ['Tue, 10 Jun 2025 01:30:60 GMT', '2025-06-10T01:30:59.000Z'],
    ['Tue, 10 Jun 2025 01:30:00 XYZ', '2025-06-10T01:30:00.000Z'],
    // JavaScript's Date#toString and US prose
    ['Tue Jun 10 2025 08:30:00 GMT+0700 (Indochina Time)', '2025-06-10T01:30:00.000Z'],
    ['June 10, 2025 8:30 AM', '2025-06-10T01:30:00.000Z'],
    ['Jun 10th, 2025 at 8:30 pm GMT', '2025-06-10T20:30:00.000Z'],
    // Numeric dates of Vietnamese CMSs: day first, unless an English 12-hour clock says month first
    ['10/06/2025 08:30:00', '2025-06-10T01:30:00.000Z'],
    ['10/06/2025', '2025-06-09T17:00:00.000Z'],
    ['10-06-2025 8:30', '2025-06-10T01:30:00.000Z'],
    ['Thứ Ba, 10/06/2025 08:30', '2025-06-10T01:30:00.000Z'],
    ['10/06/2025 lúc 08:30', '2025-06-10T01:30:00.000Z'],
    ['10/06/2025 8:30 CH', '2025-06-10T13:30:00.000Z'],
    ['6/10/2025 8:30:00 AM', '2025-06-10T01:30:00.000Z'],
    ['6/10/2025 12:05:00 AM', '2025-06-09T17:05:00.000Z'],
    ['25/06/2025 8:30:00 PM', '2025-06-25T13:30:00.000Z'],
    ['08:30 | 10/06/2025', '2025-06-10T01:30:00.000Z'],
    ['08:30 Thứ Ba, 10/06/2025', '2025-06-10T01:30:00.000Z'],
  ])('reads %j', (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'Chưa cập nhật',
    'not a date',
    'Invalid Date',
    'Tue, 31 Jun 2025 08:00:00 +0700',
    '2025-02-29',
    '2025-13-01',
    'Tue, 10 Foo 2025 08:00:00 GMT',
    '10 Jun 2025 25:00 GMT',
    '10 Jun 2025 08:61 GMT',
    '2025-06-10T08:00:00+25:00',
    '6/10/2025 13:00 PM',
    '0001-01-01T00:00:00',
    'Mon, 01 Jan 0001 00:00:00 GMT',
    '1970-01-01T00:00:00Z',
    '1749519000',
    'x'.repeat(200),
  ])('leaves out %j', (input) => {
    expect(parseFeedDate(input)).toBeUndefined();
  });

  it('reads a leap day in a leap year', () => {
    expect(parseFeedDate('2024-02-29T12:00:00Z')).toBe('2024-02-29T12:00:00.000Z');
  });

  it('ignores what is not a string', () => {
    expect(parseFeedDate(1_749_519_000_000)).toBeUndefined();
    expect(parseFeedDate(null)).toBeUndefined();
    expect(parseFeedDate({ date: '2025-06-10' })).toBeUndefined();
  });
});

describe('isZonedIsoDate (the fast path for RFC 3339 dates)', () => {
  it('accepts real zoned dates, each of which parseFeedDate reads as the same instant', () => {
    for (const text of [
      '2025-03-14T18:30:00Z',
      '2025-03-14T18:30Z',
      '2025-03-14T18:30:00.123+07:00',
      '2024-02-29T00:00:00-05:00',
      '2025-12-31T23:59:59+14:00',
    ]) {
      expect(isZonedIsoDate(text), text).toBe(true);
      expect(parseFeedDate(text), text).toBe(new Date(text).toISOString());
    }
  });

  it('leaves to parseFeedDate whatever is not a real zoned date', () => {
    for (const text of [
      '2025-06-31T10:00:00Z',
      '2025-02-29T10:00:00Z',
      '2025-13-01T00:00Z',
      '2025-00-10T00:00Z',
      '2025-03-00T00:00Z',
      '2025-03-14T24:00:00Z',
      '2025-03-14T18:60:00Z',
      '2025-03-14T18:30:00',
      '2025-03-14',
      '1970-01-01T00:00:00Z',
      '2025-03-14T18:30:00+15:00',
      ' 2025-03-14T18:30:00Z',
    ]) {
      expect(isZonedIsoDate(text), text).toBe(false);
    }
  });
});
