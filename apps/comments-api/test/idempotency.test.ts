import { expect, it } from 'vitest';
import { expiryThresholds } from '../src/expiry.js';
import { newKey, postComment, useTestServer, validComment } from './helpers/app.js';
import { describeEachStore } from './helpers/databases.js';

const thread = 'bai-viet-1';
const hour = 60 * 60 * 1000;

describeEachStore('Idempotency-Key', (engine, store) => {
  const server = useTestServer(engine, { rateLimit: { max: 100, windowSeconds: 60 } }, { store });

  async function pendingCount() {
    return (await server().repository.listByStatus('pending', { after: null, limit: 100 })).total;
  }

  it('answers a retry with the same key and body with the original response, storing one comment', async () => {
    const { app } = server();
    const key = newKey();
    const first = await postComment(app, thread, validComment, { key });
    const retry = await postComment(app, thread, validComment, { key });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(await pendingCount()).toBe(1);
  });

  it('treats the same comment in another property order, normalisation or CAPTCHA token as the same body', async () => {
    const { app } = server();
    const key = newKey();
    const first = await postComment(app, thread, { ...validComment, captchaToken: 'token-1' }, { key });
    const retry = await postComment(
      app,
      thread,
      {
        website: '',
        content: ` ${validComment.content.normalize('NFD')} `,
        author: validComment.author.normalize('NFD'),
        captchaToken: 'token-2',
      },
      { key },
    );
    expect(retry.json()).toEqual(first.json());
    expect(await pendingCount()).toBe(1);
  });

  it('answers 422 idempotency-key-reused for the same key with another body or thread', async () => {
    const { app } = server();
    const key = newKey();
    await postComment(app, thread, validComment, { key });
    for (const [otherThread, body] of [
      [thread, { ...validComment, content: 'Một ý kiến khác' }],
      ['bai-viet-2', validComment],
    ] as const) {
      const response = await postComment(app, otherThread, body, { key });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ error: { code: 'idempotency-key-reused' } });
    }
    expect(await pendingCount()).toBe(1);
  });

  it('stores one comment when the same request arrives several times at once', async () => {
    const { app } = server();
    const key = newKey();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => postComment(app, thread, validComment, { key })),
    );
    expect(new Set(responses.map((response) => response.statusCode))).toEqual(new Set([201]));
    expect(new Set(responses.map((response) => response.json<{ id: string }>().id)).size).toBe(1);
    expect(await pendingCount()).toBe(1);
  });

  it('answers requests that share a key with one in flight after it: its 201 for its body, 422 for another', async () => {
    const { app } = server();
    const key = newKey();
    const bodies = [validComment, { ...validComment, content: 'Một ý kiến khác' }, validComment];
    const responses = await Promise.all(bodies.map((body) => postComment(app, thread, body, { key })));
    // Whichever body got the key first, the same body gets its 201 and the other body 422.
    const first = bodies[responses.findIndex((response) => response.statusCode === 201)];
    expect(responses.map((response) => response.statusCode)).toEqual(
      bodies.map((body) => (body === first ? 201 : 422)),
    );
    const created = responses.filter((response) => response.statusCode === 201);
    expect(new Set(created.map((response) => response.json<{ id: string }>().id)).size).toBe(1);
    expect(await pendingCount()).toBe(1);
  });

  it('does not keep the key of a refused request, so the retry that can succeed does', async () => {
    const { app, repository } = server();
    const key = newKey();
    const parent = 'not-yet-published';
    const refused = await postComment(app, thread, { ...validComment, parentId: parent }, { key });
    expect(refused.statusCode).toBe(404);
    await repository.insertMissing([
      {
        id: parent,
        thread,
        parentId: null,
        author: 'A',
        email: null,
        content: 'B',
        status: 'published',
        official: false,
        createdAt: 0,
      },
    ]);
    const retried = await postComment(app, thread, { ...validComment, parentId: parent }, { key });
    expect(retried.statusCode).toBe(201);
  });

  it('keeps keys for 24 hours, then forgets them', async () => {
    const { app, repository, clock } = server();
    const key = newKey();
    const first = await postComment(app, thread, validComment, { key });

    clock.advance(23 * hour);
    await repository.deleteExpired(expiryThresholds(clock.now, { max: 100, windowSeconds: 60 }));
    expect((await postComment(app, thread, validComment, { key })).json()).toEqual(first.json());

    clock.advance(2 * hour);
    await repository.deleteExpired(expiryThresholds(clock.now, { max: 100, windowSeconds: 60 }));
    const afterExpiry = await postComment(app, thread, validComment, { key });
    expect(afterExpiry.statusCode).toBe(201);
    expect(afterExpiry.json<{ id: string }>().id).not.toBe(first.json<{ id: string }>().id);
  });
});
