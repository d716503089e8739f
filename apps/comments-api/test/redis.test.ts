// What only the Redis store has: records and counters kept by Redis with their TTLs, recovery after
// a crash between the database commit and the Redis write, /health watching Redis, and a REDIS_URL
// password that never reaches a log.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { noBannedWords } from '../src/banned-words.js';
import { validateNewComment } from '../src/comment-validation.js';
import { fingerprintSubmission, idempotencyRetentionMs } from '../src/idempotency.js';
import { buildApp } from '../src/app.js';
import { defaultSettings, newKey, postComment, storedComments, useTestServer, validComment } from './helpers/app.js';
import { engines, sqlite } from './helpers/databases.js';
import { connectTestRedis, redisUrl } from './helpers/redis.js';
import { startServer } from './helpers/server-process.js';

const thread = 'bai-viet-redis';

for (const engine of engines) {
  describe.skipIf(!engine.available || redisUrl === undefined)(`Redis store [${engine.name} + redis]`, () => {
    const server = useTestServer(engine, {}, { store: 'redis' });

    function redisOf() {
      const { redis } = server();
      if (!redis) throw new Error('no Redis');
      return redis;
    }

    async function pendingCount() {
      return (await server().repository.listByStatus('pending', { after: null, limit: 100 })).total;
    }

    /** What a process that died after taking the key leaves: a record without answer, its lease gone. */
    async function leaveOrphan(key: string, commentId: string, lease?: { ms: number }) {
      const { client, prefix } = redisOf();
      const comment = validateNewComment(validComment, { maxContentLength: 2000, bannedWords: noBannedWords });
      const fingerprint = fingerprintSubmission(thread, comment);
      const record = { fingerprint, commentId, createdAt: server().clock.now, owner: 'crashed' };
      await client.set(`${prefix}idempotency:${key}`, JSON.stringify(record), 'PX', idempotencyRetentionMs);
      if (lease) await client.set(`${prefix}idempotency:${key}:lease`, 'crashed', 'PX', lease.ms);
    }

    it('keeps the answer in Redis for 24 hours, and nothing in the database', async () => {
      const { app, repository } = server();
      const { client, prefix } = redisOf();
      const key = newKey();
      const posted = await postComment(app, thread, validComment, { key });
      expect(posted.statusCode).toBe(201);
      const record = JSON.parse((await client.get(`${prefix}idempotency:${key}`)) ?? 'null') as {
        response: unknown;
      };
      expect(record.response).toEqual({ statusCode: 201, body: posted.json() });
      expect(await client.pttl(`${prefix}idempotency:${key}`)).toBeGreaterThan(idempotencyRetentionMs - 60_000);
      expect(await client.exists(`${prefix}idempotency:${key}:lease`)).toBe(0);
      // The database's own record would make the database path answer the key: it has none.
      const claimed = await repository.transaction((tx) => tx.claimIdempotencyKey(key, 'x', 0));
      expect(claimed).toBeUndefined();
    });

    it('keeps no key in Redis for a refused request', async () => {
      const { client, prefix } = redisOf();
      const key = newKey();
      const refused = await postComment(server().app, thread, { ...validComment, parentId: 'missing' }, { key });
      expect(refused.statusCode).toBe(404);
      expect(await client.keys(`${prefix}idempotency:${key}*`)).toEqual([]);
    });

    it('answers from the database when the process died after the commit, before recording the answer', async () => {
      const { app, repository } = server();
      const key = newKey();
      const comment = storedComments(thread, 1, { id: 'committed-before-the-crash', status: 'pending' });
      await repository.insertMissing(comment);
      await leaveOrphan(key, 'committed-before-the-crash');
      const before = await pendingCount();

      const retry = await postComment(app, thread, validComment, { key });
      expect(retry.statusCode).toBe(201);
      expect(retry.json()).toEqual({ id: 'committed-before-the-crash', status: 'pending' });
      expect(await pendingCount()).toBe(before);
      // Recorded now: another body is refused as for any used key.
      expect((await postComment(app, thread, { ...validComment, content: 'Khác' }, { key })).statusCode).toBe(422);
    });

    it('takes the key over with the recorded comment id when the process died before the commit', async () => {
      const { app, repository } = server();
      const key = newKey();
      await leaveOrphan(key, 'id-chosen-before-the-crash');
      const retry = await postComment(app, thread, validComment, { key });
      expect(retry.statusCode).toBe(201);
      expect(retry.json()).toEqual({ id: 'id-chosen-before-the-crash', status: 'pending' });
      expect(await repository.findComment('id-chosen-before-the-crash')).toBeDefined();
    });

    it('waits while the holder of the key is alive (its lease lasts), then takes over', async () => {
      const { app } = server();
      const key = newKey();
      await leaveOrphan(key, 'id-of-a-slow-request', { ms: 400 });
      const started = Date.now();
      const retry = await postComment(app, thread, validComment, { key });
      expect(Date.now() - started).toBeGreaterThanOrEqual(350);
      expect(retry.json()).toEqual({ id: 'id-of-a-slow-request', status: 'pending' });
    });

    it('answers /health 503 and stores nothing while Redis cannot be reached', async () => {
      const { repository } = server();
      // A client of its own: the shared one cleans the keys up after the test.
      const lost = await connectTestRedis();
      const app = await buildApp({ repository, redis: lost, settings: defaultSettings });
      try {
        expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
        const before = await pendingCount();
        lost.disconnect();
        const health = await app.inject({ method: 'GET', url: '/health' });
        expect(health.statusCode).toBe(503);
        expect(health.json()).toEqual({ status: 'unavailable' });
        const posted = await postComment(app, thread, validComment);
        expect(posted.statusCode).toBe(500);
        expect(await pendingCount()).toBe(before);
      } finally {
        await app.close();
      }
    });
  });
}

describe('REDIS_URL in a server process', () => {
  it('stops the server at start when Redis cannot be reached, without showing the password', async () => {
    // A port nobody listens on.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const database = await sqlite.create();
    const started = startServer({
      DATABASE_URL: database.url,
      REDIS_URL: `redis://reader:s3cret-pa55@127.0.0.1:${port}/0`,
    });
    const error = await started.then(
      () => new Error('started'),
      (failure: Error) => failure,
    );
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).not.toContain('s3cret-pa55');
    expect(error.message).not.toContain('reader');
    await database.drop();
  });
});
