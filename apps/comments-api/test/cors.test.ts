import { expect, it } from 'vitest';
import { postComment, useTestServer, validComment } from './helpers/app.js';
import { describeEachEngine } from './helpers/databases.js';

const storybook = 'http://localhost:6006';
const url = '/threads/bai-viet-1/comments';

describeEachEngine('CORS', (engine) => {
  const server = useTestServer(engine, { allowedOrigins: [storybook, 'https://www.tinh.gov.vn'] });

  it('answers an allowed origin and exposes Retry-After', async () => {
    const response = await server().app.inject({ method: 'GET', url, headers: { origin: 'https://www.tinh.gov.vn' } });
    expect(response.headers['access-control-allow-origin']).toBe('https://www.tinh.gov.vn');
    expect(response.headers['access-control-expose-headers']).toBe('Retry-After');
    expect(response.headers.vary).toContain('Origin');
  });

  it('gives a refused origin no CORS headers, so its browser withholds the answer', async () => {
    const response = await server().app.inject({ method: 'GET', url, headers: { origin: 'https://evil.example' } });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows the preflight of a POST with Content-Type and Idempotency-Key from an allowed origin', async () => {
    const response = await server().app.inject({
      method: 'OPTIONS',
      url,
      headers: {
        origin: storybook,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(storybook);
    expect(String(response.headers['access-control-allow-methods'])).toContain('POST');
    expect(String(response.headers['access-control-allow-headers']).toLowerCase()).toBe(
      'content-type, idempotency-key',
    );
  });

  it('refuses the preflight from another origin', async () => {
    const response = await server().app.inject({
      method: 'OPTIONS',
      url,
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    // Without Access-Control-Allow-Origin the browser never sends the POST.
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('does not offer Authorization to other origins: moderation stays on its own page', async () => {
    const response = await server().app.inject({
      method: 'OPTIONS',
      url: '/admin/comments',
      headers: {
        origin: storybook,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(String(response.headers['access-control-allow-headers'] ?? '').toLowerCase()).not.toContain('authorization');
  });

  it('exposes Retry-After on a 429 to an allowed origin', async () => {
    const app = await server().another({ rateLimit: { max: 1, windowSeconds: 60 }, allowedOrigins: [storybook] });
    await postComment(app, 'bai-viet-1', validComment, { headers: { origin: storybook } });
    const refused = await postComment(app, 'bai-viet-1', validComment, { headers: { origin: storybook } });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['access-control-allow-origin']).toBe(storybook);
    expect(refused.headers['access-control-expose-headers']).toBe('Retry-After');
  });

  it('allows any origin with ALLOWED_ORIGINS=*', async () => {
    const app = await server().another({ allowedOrigins: ['*'] });
    const response = await app.inject({ method: 'GET', url, headers: { origin: 'https://xa.gov.vn' } });
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });
});
