import type { Redis } from 'ioredis';
import type { RateLimitPolicy } from '../rate-limit.js';

// INCR and PEXPIRE in one script: a counter never outlives its window by more than one window,
// whatever happens between the two. A window's first post starts the expiry; it runs one full
// window length, so the key lasts at least until the window ends.
const countScript = `
local posts = redis.call('INCR', KEYS[1])
if posts == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return posts`;

/** Per-client post counters in Redis, one key per client and fixed window. */
export class RedisRateLimitCounter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly policy: RateLimitPolicy,
  ) {}

  key(client: string, windowStart: number): string {
    return `${this.prefix}rate:${client}:${windowStart}`;
  }

  /** Counts one more post by the client in the window and returns the count so far. */
  async countPost(client: string, windowStart: number): Promise<number> {
    const posts = await this.redis.eval(
      countScript,
      1,
      this.key(client, windowStart),
      this.policy.windowSeconds * 1000,
    );
    return Number(posts);
  }
}
