// Scale-out: two server processes on one database (and one Redis, when REDIS_URL is set) behave as
// one server. The idempotency key and the rate limit are honoured across them, because both live in
// the shared database or Redis.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { validComment } from './helpers/app.js';
import { describeEachStore, type TestDatabase } from './helpers/databases.js';
import { connectTestRedis, deleteRedisKeys, redisPrefix, redisUrl } from './helpers/redis.js';
import { type ServerProcess, startServer } from './helpers/server-process.js';

const thread = 'bai-viet-scale';

describeEachStore('two instances on one database', (engine, store) => {
  let database: TestDatabase;
  let instances: ServerProcess[] = [];
  let prefix: string | undefined;

  beforeEach(async () => {
    database = await engine.create();
    // A migrated database first, so the instances also show they start on an existing schema.
    const repository = await database.open();
    // A window of about 30 years: no test run crosses a window boundary, whatever the time.
    const env = {
      DATABASE_URL: database.url,
      RATE_LIMIT_MAX: '3',
      RATE_LIMIT_WINDOW: '1000000000',
      TRUST_PROXY: 'true',
      ...(store === 'redis' && redisUrl ? { REDIS_URL: redisUrl } : {}),
    };
    prefix = store === 'redis' ? await redisPrefix(repository) : undefined;
    instances = await Promise.all([startServer(env), startServer(env)]);
  });
  afterEach(async () => {
    const codes = await Promise.all(instances.map((instance) => instance.stop()));
    // A clean exit: the database and Redis connections closed within the grace period.
    expect(codes).toEqual([0, 0]);
    if (prefix !== undefined) {
      const redis = await connectTestRedis();
      await deleteRedisKeys(redis, prefix);
      await redis.quit();
    }
    await database.drop();
  });

  function post(instance: ServerProcess, key: string, body: object, client = '203.0.113.10') {
    return fetch(`${instance.url}/threads/${thread}/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, 'x-forwarded-for': client },
      body: JSON.stringify(body),
    });
  }

  it('honour an Idempotency-Key used on the other instance', async () => {
    const [a, b] = instances as [ServerProcess, ServerProcess];
    const first = await post(a, 'scale-key-0001', validComment);
    expect(first.status).toBe(201);
    const original = await first.json();

    const retry = await post(b, 'scale-key-0001', validComment);
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(original);

    const reused = await post(b, 'scale-key-0001', { ...validComment, content: 'Một nội dung khác' });
    expect(reused.status).toBe(422);
  });

  it('store one comment when both instances receive the same request at the same time', async () => {
    const [a, b] = instances as [ServerProcess, ServerProcess];
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, index) => post(index % 2 ? a : b, 'scale-key-0002', validComment)),
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const ids = new Set(
      await Promise.all(responses.map(async (response) => ((await response.json()) as { id: string }).id)),
    );
    expect(ids.size).toBe(1);
  });

  it('count one client across both instances', async () => {
    const [a, b] = instances as [ServerProcess, ServerProcess];
    const statuses = [];
    for (const [index, instance] of [a, b, a, b].entries()) {
      const response = await post(instance, `scale-rate-${index}-key`, { ...validComment, content: `Ý kiến ${index}` });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    // Another client (by the proxy's header) still has its own allowance.
    expect((await post(a, 'scale-rate-other', validComment, '203.0.113.11')).status).toBe(201);
  });
});
