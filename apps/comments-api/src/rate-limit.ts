import { createHmac } from 'node:crypto';

/** Posts allowed per client in each fixed window. */
export interface RateLimitPolicy {
  max: number;
  windowSeconds: number;
}

export interface RateWindow {
  /** Milliseconds since the epoch; windows are aligned so every instance computes the same one. */
  start: number;
  /** Whole seconds until the window ends, at least 1 (the value of `Retry-After`). */
  retryAfterSeconds: number;
}

export function rateWindow(policy: RateLimitPolicy, now: number): RateWindow {
  const length = policy.windowSeconds * 1000;
  const start = Math.floor(now / length) * length;
  return { start, retryAfterSeconds: Math.max(1, Math.ceil((start + length - now) / 1000)) };
}

/**
 * The counter key for a client address: an HMAC with a secret shared through the database, so the
 * counters are shared by every instance but the database never holds readable addresses.
 */
export function clientKey(secret: string, address: string): string {
  return createHmac('sha256', secret).update(address).digest('base64url');
}
