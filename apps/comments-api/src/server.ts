import { buildApp } from './app.js';
import { loadBannedWords } from './banned-words.js';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { seedDemoThread } from './demo-seed.js';
import { startExpiry } from './expiry.js';
import { loggerOptions } from './logging.js';
import { connectRedis, describeRedisUrl } from './redis/connection.js';
import { openRepository } from './storage/open-repository.js';

// Longer than any request should take; a stuck connection must not keep a stopping server alive.
const shutdownGraceMs = 10_000;

async function start(): Promise<void> {
  const config = loadConfig();
  const bannedWords = await loadBannedWords(config.bannedWordsFile);
  // Connection errors can happen before the logger exists; they go to the log once it does.
  let reportBackgroundError = (error: Error) => console.error(error.message);
  const repository = await openRepository(config.database, {
    onBackgroundError: (error) => reportBackgroundError(error),
  });
  let reportRedisError = (error: Error) => console.error(error.message);
  const redis =
    config.redisUrl === undefined
      ? undefined
      : await connectRedis(config.redisUrl, (error) => reportRedisError(error)).catch(async (error: unknown) => {
          await repository.close();
          throw error;
        });
  const seeded = config.seedDemo ? await seedDemoThread(repository, systemClock) : 0;

  const app = await buildApp({
    repository,
    redis,
    settings: { ...config, bannedWords },
    logger: loggerOptions(config.logLevel),
  });
  const log = app.log;
  reportBackgroundError = (error) => log.warn({ err: error }, 'database connection lost');
  reportRedisError = (error) => log.warn({ err: error }, 'redis connection error');
  for (const warning of config.warnings) log.warn(warning);
  if (config.seedDemo) log.info({ seeded }, 'demo thread seeded');
  log.info(
    {
      bannedWords: bannedWords.size,
      moderation: config.adminToken !== undefined,
      // Host and port only: the URL's password never reaches the logs.
      redis: config.redisUrl === undefined ? null : describeRedisUrl(config.redisUrl),
    },
    'configured',
  );

  const stopExpiry = startExpiry(repository, {
    clock: systemClock,
    rateLimit: config.rateLimit,
    onError: (error) => log.warn({ err: error }, 'deleting expired records failed'),
  });

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), shutdownGraceMs).unref();
    stopExpiry();
    // Stops accepting connections and waits for the requests in flight before closing the database.
    await app.close();
    await repository.close();
    await redis?.quit().catch(() => redis.disconnect());
    process.exit(0);
  };
  process.once('SIGTERM', stop).once('SIGINT', stop);

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  log.info(
    { port: typeof address === 'object' && address ? address.port : config.port, engine: repository.engine },
    'ready',
  );
}

start().catch((error: unknown) => {
  // Before the logger exists (bad configuration, unreachable database): say what is wrong, plainly.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
