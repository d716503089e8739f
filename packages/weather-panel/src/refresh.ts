/** Never sooner than this, so data that is already past its time cannot cause a busy loop. */
const minDelayMs = 1000;

/**
 * Milliseconds until the panel loads again: when its oldest data expires (`savedAt` + TTL), or a
 * whole TTL after a failure (the fetch has already retried; Open-Meteo limits callers per IP).
 */
export function nextRefreshDelay(savedAts: readonly number[], ttlMs: number, now: number, failed: boolean): number {
  if (failed || savedAts.length === 0) return ttlMs;
  const expires = Math.min(...savedAts) + ttlMs;
  return Math.min(Math.max(expires - now, minDelayMs), ttlMs);
}
