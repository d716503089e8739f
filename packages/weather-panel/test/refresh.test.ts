import { describe, expect, it } from 'vitest';
import { nextRefreshDelay } from '../src/refresh.js';

const minute = 60_000;
const ttl = 30 * minute;
const now = Date.UTC(2026, 10, 28, 7);

describe('nextRefreshDelay', () => {
  it('waits until the oldest data shown expires', () => {
    expect(nextRefreshDelay([now - 10 * minute, now - 2 * minute], ttl, now, false)).toBe(20 * minute);
    expect(nextRefreshDelay([now], ttl, now, false)).toBe(ttl);
  });

  it('waits a whole TTL after a failure, not the expiry of data already past it', () => {
    expect(nextRefreshDelay([now - 2 * ttl], ttl, now, true)).toBe(ttl);
  });

  it('never schedules sooner than a second, so expired data cannot cause a busy loop', () => {
    expect(nextRefreshDelay([now - 2 * ttl], ttl, now, false)).toBe(1000);
  });

  it('never waits longer than the TTL, even for data dated in the future', () => {
    expect(nextRefreshDelay([now + ttl], ttl, now, false)).toBe(ttl);
    expect(nextRefreshDelay([], ttl, now, false)).toBe(ttl);
  });
});
