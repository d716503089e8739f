import { describe, expect, it } from 'vitest';
import { expiryThresholds } from '../src/expiry.js';
import { clientKey, rateWindow } from '../src/rate-limit.js';
import { newKey, postComment, useTestServer, validComment } from './helpers/app.js';
import { describeEachStore } from './helpers/databases.js';

const thread = 'bai-viet-1';
const policy = { max: 5, windowSeconds: 60 };

describe('rate windows', () => {
  it('are aligned to the epoch so every instance computes the same window', () => {
    expect(rateWindow(policy, 125_000)).toEqual({ start: 120_000, retryAfterSeconds: 55 });
  });

  it('ask to wait at least one second', () => {
    expect(rateWindow(policy, 179_999).retryAfterSeconds).toBe(1);
    expect(rateWindow(policy, 179_000).retryAfterSeconds).toBe(1);
    expect(rateWindow(policy, 178_999).retryAfterSeconds).toBe(2);
  });

  it('key clients by an HMAC of their address, never the address itself', () => {
    const key = clientKey('secret', '203.0.113.9');
    expect(key).not.toContain('203.0.113.9');
    expect(key).toBe(clientKey('secret', '203.0.113.9'));
    expect(key).not.toBe(clientKey('another secret', '203.0.113.9'));
  });
});

describeEachStore('per-client rate limit', (engine, store) => {
  const server = useTestServer(engine, { rateLimit: policy }, { store });

  async function postMany(count: number) {
    const statuses = [];
    for (let index = 0; index < count; index += 1) {
      statuses.push(
        (await postComment(server().app, thread, { ...validComment, content: `Ý kiến ${index}` })).statusCode,
      );
    }
    return statuses;
  }

  it('accepts RATE_LIMIT_MAX posts per window, then answers 429 rate-limited with Retry-After', async () => {
    const { app, clock } = server();
    clock.now = Date.UTC(2026, 10, 27, 8, 0, 15);
    expect(await postMany(5)).toEqual([201, 201, 201, 201, 201]);
    const refused = await postComment(app, thread, { ...validComment, content: 'Thêm một ý kiến' });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('45');
    expect(refused.json()).toMatchObject({ error: { code: 'rate-limited', message: expect.stringContaining('45') } });
  });

  it('accepts posts again when the window has passed', async () => {
    const { clock } = server();
    await postMany(6);
    clock.advance(60_000);
    expect(await postMany(1)).toEqual([201]);
  });

  it('does not count retries answered from the idempotency record', async () => {
    const { app } = server();
    const key = newKey();
    for (let attempt = 0; attempt < 8; attempt += 1) {
      expect((await postComment(app, thread, validComment, { key })).statusCode).toBe(201);
    }
    expect(await postMany(4)).toEqual([201, 201, 201, 201]);
  });

  it('counts each client separately, reading the address from the proxy only with TRUST_PROXY', async () => {
    const { another } = server();
    const behindProxy = await another({ trustProxy: true });
    const from = (address: string) => ({ 'x-forwarded-for': address });
    for (let index = 0; index < 5; index += 1) {
      expect(
        (
          await postComment(
            behindProxy,
            thread,
            { ...validComment, content: `A${index}` },
            { headers: from('203.0.113.1') },
          )
        ).statusCode,
      ).toBe(201);
    }
    expect((await postComment(behindProxy, thread, validComment, { headers: from('203.0.113.1') })).statusCode).toBe(
      429,
    );
    expect((await postComment(behindProxy, thread, validComment, { headers: from('203.0.113.2') })).statusCode).toBe(
      201,
    );
    // Without TRUST_PROXY the header is ignored: a new address in every request changes nothing.
    const statuses = [];
    for (let index = 0; index < 6; index += 1) {
      statuses.push(
        (await postComment(server().app, thread, validComment, { headers: from(`198.51.100.${index}`) })).statusCode,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it('reads the client from the last proxy hop with TRUST_PROXY=1', async () => {
    const behindOneProxy = await server().another({ trustProxy: 1 });
    // The first address was written by the client itself; only the proxy's own entry counts.
    const statuses = [];
    for (let index = 0; index < 6; index += 1) {
      const headers = { 'x-forwarded-for': `198.51.100.${index}, 203.0.113.1` };
      statuses.push((await postComment(behindOneProxy, thread, validComment, { headers })).statusCode);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const other = await postComment(behindOneProxy, thread, validComment, {
      headers: { 'x-forwarded-for': '203.0.113.2' },
    });
    expect(other.statusCode).toBe(201);
  });

  // Redis forgets by itself (see the next test); the database needs the expiry job. Each store gets
  // only the test that applies to it, so nothing is reported as skipped.
  if (store !== 'redis')
    it('forgets the counters of past windows', async () => {
      const { repository, clock } = server();
      await postMany(6);
      clock.advance(60_000);
      await repository.deleteExpired(expiryThresholds(clock.now, policy));
      clock.advance(-60_000);
      // The earlier window's counter is gone, so the same window starts from zero again.
      expect(await postMany(1)).toEqual([201]);
    });

  if (store === 'redis')
    it('lets Redis forget a counter at most one window after its first post', async () => {
      const { redis } = server();
      if (!redis) throw new Error('no Redis');
      await postMany(1);
      const keys = await redis.client.keys(`${redis.prefix}rate:*`);
      expect(keys).toHaveLength(1);
      const ttl = await redis.client.pttl(keys[0] ?? '');
      expect(ttl).toBeGreaterThan(55_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
    });
});
