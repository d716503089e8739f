import { expect, it } from 'vitest';
import { parseBannedWords } from '../src/banned-words.js';
import { bodyLimitFor } from '../src/app.js';
import {
  bearer,
  listComments,
  moderate,
  postOfficialReply,
  postComment,
  publishComment,
  storedComments,
  useTestServer,
  validComment,
} from './helpers/app.js';
import { describeEachEngine } from './helpers/databases.js';

const thread = 'tin-tuc-2026-11-27-hoi-nghi-an-ninh';

interface PageBody {
  items: {
    id: string;
    author: string;
    content: string;
    createdAt: string;
    official?: boolean;
    replies?: PageBody['items'];
  }[];
  nextCursor: string | null;
  total: number;
}

describeEachEngine('GET /threads/{thread}/comments', (engine) => {
  const server = useTestServer(engine);

  it('answers an empty page for a thread nobody has commented on', async () => {
    const response = await listComments(server().app, 'bai-viet-moi');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ items: [], nextCursor: null, total: 0 });
  });

  it('pages through every published comment newest first, without repeats, with the total', async () => {
    const { app, repository } = server();
    const comments = storedComments(thread, 23);
    await repository.insertMissing(comments);
    await repository.insertMissing(storedComments(thread, 2, { status: 'pending' }));
    await repository.insertMissing(storedComments('another-thread', 3));

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await listComments(app, thread, cursor ? `?limit=10&cursor=${cursor}` : '?limit=10');
      expect(response.statusCode).toBe(200);
      const page = response.json<PageBody>();
      expect(page.total).toBe(23);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null);

    expect(pages).toBe(3);
    expect(seen).toEqual(comments.map((comment) => comment.id).reverse());
  });

  it('uses 10 as the default page size', async () => {
    const { app, repository } = server();
    await repository.insertMissing(storedComments(thread, 12));
    const page = (await listComments(app, thread)).json<PageBody>();
    expect(page.items).toHaveLength(10);
    expect(page.nextCursor).not.toBeNull();
  });

  it('nests published replies, oldest first, and marks official ones', async () => {
    const { app } = server();
    const parent = await publishComment(app, thread);
    const readerReply = await publishComment(app, thread, { ...validComment, parentId: parent, content: 'Đồng ý.' });
    const pendingReply = await postComment(app, thread, { ...validComment, parentId: parent, content: 'Chờ duyệt' });
    expect(pendingReply.statusCode).toBe(201);
    const official = await postOfficialReply(app, parent, { author: 'Ban biên tập', content: 'Cảm ơn bạn.' });
    expect(official.statusCode).toBe(201);

    const [comment] = (await listComments(app, thread)).json<PageBody>().items;
    expect(comment?.id).toBe(parent);
    expect(comment?.replies?.map((reply) => [reply.id, reply.official ?? false])).toEqual([
      [readerReply, false],
      [official.json<{ id: string }>().id, true],
    ]);
  });

  it('never exposes e-mail addresses, statuses or client addresses', async () => {
    const { app } = server();
    await publishComment(app, thread, { ...validComment, email: 'ban.doc@example.vn' });
    const body = (await listComments(app, thread)).body;
    expect(body).not.toContain('ban.doc@example.vn');
    expect(body).not.toContain('email');
    expect(body).not.toContain('status');
    expect(body).not.toContain('127.0.0.1');
  });

  it('accepts the longest thread id the contract allows', async () => {
    const longest = 'a'.repeat(128);
    expect((await listComments(server().app, longest)).statusCode).toBe(200);
    expect((await postComment(server().app, longest, validComment)).statusCode).toBe(201);
  });

  it.each([
    ['a thread id longer than 128 characters', `/threads/${'a'.repeat(129)}/comments`],
    ['a thread id outside the allowed characters', '/threads/b%C3%A0i%20vi%E1%BA%BFt/comments'],
    ['a limit above 50', `/threads/${thread}/comments?limit=51`],
    ['a limit of 0', `/threads/${thread}/comments?limit=0`],
    ['a cursor that was never issued', `/threads/${thread}/comments?cursor=bm90LWEtY3Vyc29y`],
  ])('answers 400 for %s', async (_, url) => {
    const response = await server().app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid-request' } });
  });
});

describeEachEngine('POST /threads/{thread}/comments', (engine) => {
  const server = useTestServer(engine, {
    bannedWords: parseBannedWords('đồ ngốc'),
    rateLimit: { max: 100, windowSeconds: 60 },
  });

  it('accepts a comment as pending, unpublished until a moderator approves it', async () => {
    const { app } = server();
    const response = await postComment(app, thread, validComment);
    expect(response.statusCode).toBe(201);
    const created = response.json<{ id: string; status: string }>();
    expect(created).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), status: 'pending' });
    expect((await listComments(app, thread)).json<PageBody>().total).toBe(0);

    await moderate(app, created.id, 'approve');
    const page = (await listComments(app, thread)).json<PageBody>();
    expect(page.items).toEqual([
      { id: created.id, author: validComment.author, content: validComment.content, createdAt: expect.any(String) },
    ]);
  });

  it('stores Vietnamese typed decomposed (NFD) as NFC, trimmed', async () => {
    const { app, repository } = server();
    const response = await postComment(app, thread, {
      author: '  Lê Thị Hồng Nhung  '.normalize('NFD'),
      content: ' Ý kiến của tôi về Hà Nội \n'.normalize('NFD'),
      website: '',
    });
    const stored = await repository.findComment(response.json<{ id: string }>().id);
    expect(stored?.author).toBe('Lê Thị Hồng Nhung'.normalize('NFC'));
    expect(stored?.content).toBe('Ý kiến của tôi về Hà Nội'.normalize('NFC'));
  });

  it('counts the limit in NFC code points: 2000 NFD-typed Vietnamese letters fit, 2001 do not', async () => {
    const { app } = server();
    const fits = await postComment(app, thread, { ...validComment, content: 'ế'.repeat(2000).normalize('NFD') });
    expect(fits.statusCode).toBe(201);
    const tooLong = await postComment(app, thread, { ...validComment, content: 'ế'.repeat(2001).normalize('NFD') });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({
      error: { code: 'invalid-fields', fields: { content: { code: 'too-long' } } },
    });
  });

  it('answers a filled honeypot like a success and stores nothing', async () => {
    const { app, repository } = server();
    const response = await postComment(app, thread, { ...validComment, website: 'http://spam.example' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ id: expect.any(String), status: 'pending' });
    expect(await repository.findComment(response.json<{ id: string }>().id)).toBeUndefined();
    expect((await repository.listByStatus('pending', { after: null, limit: 10 })).total).toBe(0);
  });

  it('refuses banned words with 400 and fields.content', async () => {
    const response = await postComment(server().app, thread, { ...validComment, content: 'Tác giả là Đồ Ngốc' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: 'invalid-fields',
        message: expect.any(String),
        fields: { content: { code: 'banned-words', message: expect.any(String) } },
      },
    });
  });

  it.each([
    ['no Idempotency-Key', null],
    ['an Idempotency-Key shorter than 8 characters', 'short'],
    ['an Idempotency-Key with spaces', 'has spaces in it'],
  ])('answers 400 idempotency-key-required for %s', async (_, key) => {
    const response = await postComment(server().app, thread, validComment, { key });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'idempotency-key-required' } });
  });

  it.each([
    ['author missing', { content: 'x', website: '' }, 'author', 'required'],
    ['author not a string', { ...validComment, author: { name: 'x' } }, 'author', 'invalid'],
    ['email too long', { ...validComment, email: `${'a'.repeat(250)}@b.vn` }, 'email', 'too-long'],
    ['parentId malformed', { ...validComment, parentId: 'không hợp lệ' }, 'parentId', 'invalid'],
  ])('answers 400 invalid-fields when the schema fails on a field: %s', async (_, body, field, code) => {
    const response = await postComment(server().app, thread, body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid-fields', fields: { [field]: { code } } } });
  });

  const required = {
    author: { code: 'required', message: 'Vui lòng nhập họ tên.' },
    content: { code: 'required', message: 'Vui lòng nhập nội dung ý kiến.' },
  };

  it.each([
    ['an empty body', {}],
    ['only the honeypot', { website: '' }],
    ['empty strings', { author: '', content: '', website: '' }],
    ['blank strings', { author: '  ', content: '\n ', website: '' }],
    ['author missing, content empty', { content: '', website: '' }],
    ['author empty, content missing', { author: '', website: '' }],
  ])('reports every missing or empty required field at once, with its own message: %s', async (_, body) => {
    const response = await postComment(server().app, thread, body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: 'invalid-fields', message: expect.any(String), fields: required },
    });
  });

  it('reports a missing field together with another field the schema refuses', async () => {
    const response = await postComment(server().app, thread, { email: 'x'.repeat(255), website: '' });
    expect(response.json()).toEqual({
      error: {
        code: 'invalid-fields',
        message: expect.any(String),
        fields: { ...required, email: { code: 'too-long', message: expect.any(String) } },
      },
    });
  });

  it.each([
    ['an unknown property', { ...validComment, rating: 5 }],
    ['no honeypot field', { author: 'a', content: 'b' }],
    ['an array', [validComment]],
  ])('answers 400 invalid-request for a body with %s', async (_, body) => {
    const response = await postComment(server().app, thread, body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid-request' } });
  });

  it('answers 400 for malformed, empty or prototype-polluting JSON and for a body that is not JSON', async () => {
    const { app } = server();
    for (const [contentType, payload] of [
      ['application/json', '{"author": '],
      ['application/json', ''],
      ['application/json', '{"author":"a","content":"b","website":"","__proto__":{"admin":true}}'],
      ['text/plain', 'xin chào'],
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: `/threads/${thread}/comments`,
        headers: { 'idempotency-key': 'key-12345678', 'content-type': contentType },
        payload,
      });
      expect(response.statusCode, payload).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'invalid-request' } });
    }
  });

  it('answers 413 body-too-large above the body limit', async () => {
    const response = await postComment(server().app, thread, {
      ...validComment,
      content: 'x'.repeat(bodyLimitFor(2000) + 1),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'body-too-large' } });
  });

  it('accepts the largest valid body: 2000 astral characters sent as JSON escapes', async () => {
    const escaped = JSON.stringify({ ...validComment, content: '𝔸'.repeat(2000) }).replace(
      /[\ud800-\udfff]/g,
      (unit) => `\\u${unit.charCodeAt(0).toString(16)}`,
    );
    const response = await server().app.inject({
      method: 'POST',
      url: `/threads/${thread}/comments`,
      headers: { 'idempotency-key': 'key-12345678', 'content-type': 'application/json' },
      payload: escaped,
    });
    expect(response.statusCode).toBe(201);
  });

  it('answers 404 parent-not-found for a parent that is not a published comment of this thread', async () => {
    const { app } = server();
    const pending = (await postComment(app, thread, validComment)).json<{ id: string }>().id;
    const elsewhere = await publishComment(app, 'another-thread');
    for (const parentId of ['does-not-exist', pending, elsewhere]) {
      const response = await postComment(app, thread, { ...validComment, parentId });
      expect(response.statusCode, parentId).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'parent-not-found' } });
    }
  });

  it('attaches a reply to a reply to the top-level comment', async () => {
    const { app, repository } = server();
    const top = await publishComment(app, thread);
    const reply = await publishComment(app, thread, { ...validComment, parentId: top });
    const nested = await postComment(app, thread, { ...validComment, parentId: reply });
    expect(nested.statusCode).toBe(201);
    expect((await repository.findComment(nested.json<{ id: string }>().id))?.parentId).toBe(top);
  });

  it('answers 409 thread-closed once a moderator closed the thread; published comments stay', async () => {
    const { app } = server();
    await publishComment(app, thread);
    const closed = await app.inject({ method: 'POST', url: `/admin/threads/${thread}/close`, headers: bearer });
    expect(closed.json()).toEqual({ thread, closed: true });

    const response = await postComment(app, thread, validComment);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'thread-closed' } });
    expect((await listComments(app, thread)).json<PageBody>().total).toBe(1);
    expect((await postComment(app, 'another-thread', validComment)).statusCode).toBe(201);
  });
});
