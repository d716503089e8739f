import { Redis } from 'ioredis';

// Longer than any command takes on a healthy Redis; a request must not hang on a stalled one.
const commandTimeoutMs = 2000;

/** Where Redis is, for logs and errors: never the user name or password of the URL. */
export function describeRedisUrl(url: string): string {
  const { protocol, hostname, port, pathname } = new URL(url);
  return `${protocol}//${hostname}:${port || '6379'}${pathname === '/' ? '' : pathname}`;
}

/**
 * Connects to `REDIS_URL` and resolves once connected, so a wrong address stops the server at start
 * like an unreachable database does. Later connection losses go to `onError` while ioredis
 * reconnects.
 */
export async function connectRedis(url: string, onError: (error: Error) => void): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    // While Redis is away a command fails at once instead of waiting in a queue: the request
    // answers 500 and stores nothing, rather than holding a database transaction open.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: commandTimeoutMs,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  redis.on('error', onError);
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    // ioredis's messages name host and port only, but say it in our words to be sure.
    const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    throw new Error(`Redis at ${describeRedisUrl(url)} cannot be reached${reason}`);
  }
  return redis;
}

/** True when Redis answers. */
export async function pingRedis(redis: Redis): Promise<boolean> {
  try {
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  }
}
