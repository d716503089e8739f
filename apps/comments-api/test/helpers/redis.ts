import type { Redis } from 'ioredis';
import { connectRedis } from '../../src/redis/connection.js';
import type { CommentRepository } from '../../src/storage/repository.js';

/** Redis tests run when REDIS_URL names a Redis server, and are reported as skipped otherwise. */
export const redisUrl = /^rediss?:\/\//.test(process.env.REDIS_URL ?? '') ? process.env.REDIS_URL : undefined;

export function connectTestRedis(): Promise<Redis> {
  if (!redisUrl) throw new Error('REDIS_URL is not a Redis URL');
  return connectRedis(redisUrl, () => undefined);
}

/** The prefix `buildApp` gives this database's keys. */
export async function redisPrefix(repository: CommentRepository): Promise<string> {
  return `comments-api:${(await repository.sharedSecret('redis-namespace')).slice(0, 16)}:`;
}

/** Deletes one test database's keys; other test files share the server. */
export async function deleteRedisKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
