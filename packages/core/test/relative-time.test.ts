import { describe, expect, it } from 'vitest';
import { elapsedTime, formatRelativeTime } from '../src/relative-time.js';

const now = Date.parse('2026-11-28T10:00:00Z');
const ago = (ms: number): string => new Date(now - ms).toISOString();
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

describe('elapsedTime', () => {
  it.each([
    [0, 0, 'second'],
    [59_999, 59, 'second'],
    [minute, 1, 'minute'],
    [hour - 1, 59, 'minute'],
    [2 * hour - 1, 1, 'hour'],
    [23 * hour, 23, 'hour'],
    [day, 1, 'day'],
    [6 * day, 6, 'day'],
    [7 * day, 1, 'week'],
    [29 * day, 4, 'week'],
    [30 * day, 1, 'month'],
    [364 * day, 12, 'month'],
    [365 * day, 1, 'year'],
    [3 * 365 * day, 3, 'year'],
  ])('%i ms ago is %i %s, rounded down', (ms, amount, unit) => {
    expect(elapsedTime(ago(ms), now)).toEqual({ amount, unit });
  });

  it('counts a time in the future (a server clock ahead) as no time', () => {
    expect(elapsedTime(new Date(now + 5 * minute), now)).toEqual({ amount: 0, unit: 'second' });
  });

  it('accepts ISO strings, epoch milliseconds and dates, and nothing else', () => {
    expect(elapsedTime(now - hour, now)).toEqual({ amount: 1, unit: 'hour' });
    expect(elapsedTime(new Date(now - hour), new Date(now))).toEqual({ amount: 1, unit: 'hour' });
    expect(elapsedTime('hôm qua', now)).toBeUndefined();
    expect(elapsedTime(undefined, now)).toBeUndefined();
    expect(elapsedTime({}, now)).toBeUndefined();
  });
});

describe('formatRelativeTime', () => {
  it('writes Vietnamese', () => {
    expect(formatRelativeTime(ago(3 * hour + 59 * minute), { language: 'vi', now })).toBe('3 giờ trước');
    expect(formatRelativeTime(ago(5 * minute), { language: 'vi', now })).toBe('5 phút trước');
    expect(formatRelativeTime(ago(2 * day), { language: 'vi', now })).toBe('2 ngày trước');
    expect(formatRelativeTime(ago(14 * day), { language: 'vi', now })).toBe('2 tuần trước');
    expect(formatRelativeTime(ago(400 * day), { language: 'vi', now })).toBe('1 năm trước');
  });

  it('writes English', () => {
    expect(formatRelativeTime(ago(3 * hour), { language: 'en', now })).toBe('3 hours ago');
    expect(formatRelativeTime(ago(minute), { language: 'en', now })).toBe('1 minute ago');
    expect(formatRelativeTime(ago(60 * day), { language: 'en', now })).toBe('2 months ago');
  });

  it('says a day ago rather than "yesterday", which 30 hours ago may not be', () => {
    expect(formatRelativeTime(ago(30 * hour), { language: 'vi', now })).toBe('1 ngày trước');
    expect(formatRelativeTime(ago(30 * hour), { language: 'en', now })).toBe('1 day ago');
  });

  it('reads less than a minute as the given "just now", or Intl\'s "now"', () => {
    expect(formatRelativeTime(ago(20_000), { language: 'vi', now, justNow: 'vừa xong' })).toBe('vừa xong');
    expect(formatRelativeTime(ago(20_000), { language: 'vi', now })).toBe('bây giờ');
    expect(formatRelativeTime(ago(20_000), { language: 'en', now })).toBe('now');
  });

  it('gives an empty string for something that is not a date', () => {
    expect(formatRelativeTime('not a date', { language: 'vi', now })).toBe('');
  });

  it('measures against the real clock by default', () => {
    expect(formatRelativeTime(new Date(Date.now() - 2 * hour), { language: 'en' })).toBe('2 hours ago');
  });
});
