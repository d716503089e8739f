import type { Clock } from './clock.js';
import { idempotencyRetentionMs } from './idempotency.js';
import { type RateLimitPolicy, rateWindow } from './rate-limit.js';
import type { CommentRepository } from './storage/repository.js';

const expiryIntervalMs = 10 * 60 * 1000;

/** Idempotency records past their retention, and rate-limit windows before the current one. */
export function expiryThresholds(now: number, rateLimit: RateLimitPolicy) {
  return { idempotencyBefore: now - idempotencyRetentionMs, rateWindowsBefore: rateWindow(rateLimit, now).start };
}

/** Deletes expired records every ten minutes; returns the function that stops it. */
export function startExpiry(
  repository: CommentRepository,
  { clock, rateLimit, onError }: { clock: Clock; rateLimit: RateLimitPolicy; onError: (error: unknown) => void },
): () => void {
  const timer = setInterval(() => {
    repository.deleteExpired(expiryThresholds(clock(), rateLimit)).catch(onError);
  }, expiryIntervalMs);
  // Never the reason the process stays alive.
  timer.unref();
  return () => clearInterval(timer);
}
