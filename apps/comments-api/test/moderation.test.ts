import { expect, it } from 'vitest';
import {
  adminToken,
  bearer,
  listComments,
  moderate,
  postOfficialReply,
  postComment,
  publishComment,
  useTestServer,
  validComment,
} from './helpers/app.js';
import { describeEachEngine } from './helpers/databases.js';

const thread = 'bai-viet-1';

const adminRoutes = [
  ['GET', '/admin/comments'],
  ['POST', '/admin/comments/abc/approve'],
  ['POST', '/admin/comments/abc/reject'],
  ['POST', '/admin/comments/abc/replies'],
  ['POST', `/admin/threads/${thread}/close`],
] as const;

describeEachEngine('moderation access', (engine) => {
  const server = useTestServer(engine);

  it.each(adminRoutes)('%s %s answers 401 with WWW-Authenticate: Bearer without a token', async (method, url) => {
    const response = await server().app.inject({ method, url });
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it.each([
    ['a wrong token', `Bearer ${adminToken}x`],
    ['a prefix of the token', `Bearer ${adminToken.slice(0, -1)}`],
    ['another scheme', `Basic ${adminToken}`],
    ['no token after Bearer', 'Bearer '],
  ])('answers 401 for %s', async (_, authorization) => {
    const response = await server().app.inject({ method: 'GET', url: '/admin/comments', headers: { authorization } });
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
  });

  it('checks the token before the request, so a refused caller learns nothing about the routes', async () => {
    const response = await server().app.inject({
      method: 'POST',
      url: '/admin/comments/abc/replies',
      payload: { unexpected: true },
    });
    expect(response.statusCode).toBe(401);
  });

  it('lets the right token through, and keeps the answers out of caches', async () => {
    const response = await server().app.inject({ method: 'GET', url: '/admin/comments', headers: bearer });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describeEachEngine('moderation disabled without ADMIN_TOKEN', (engine) => {
  const server = useTestServer(engine, { adminToken: undefined });

  it.each([...adminRoutes, ['GET', '/admin'], ['GET', '/admin/moderation.js']] as const)(
    '%s %s answers 404 even with a token',
    async (method, url) => {
      const response = await server().app.inject({ method, url, headers: bearer });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'moderation-disabled' } });
    },
  );
});

describeEachEngine('moderation routes', (engine) => {
  const server = useTestServer(engine, { rateLimit: { max: 100, windowSeconds: 60 } });

  async function queue(query = '') {
    const response = await server().app.inject({ method: 'GET', url: `/admin/comments${query}`, headers: bearer });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: Record<string, unknown>[]; nextCursor: string | null; total: number }>();
  }

  it('lists pending comments oldest first with what a moderator needs, e-mail included', async () => {
    const { app, clock } = server();
    const first = await postComment(app, thread, { ...validComment, email: 'ban.doc@example.vn' });
    clock.advance(1000);
    const second = await postComment(app, 'bai-viet-2', { ...validComment, author: 'Người thứ hai' });
    const page = await queue();
    expect(page.total).toBe(2);
    expect(page.nextCursor).toBeNull();
    expect(page.items).toEqual([
      {
        id: first.json<{ id: string }>().id,
        thread,
        author: validComment.author,
        email: 'ban.doc@example.vn',
        content: validComment.content,
        createdAt: new Date(clock.now - 1000).toISOString(),
        status: 'pending',
      },
      expect.objectContaining({ id: second.json<{ id: string }>().id, thread: 'bai-viet-2' }),
    ]);
  });

  it('pages through the queue and filters by status', async () => {
    const { app, repository } = server();
    const post = async (content: string) =>
      (await postComment(app, thread, { ...validComment, content })).json<{ id: string }>().id;
    const first = await post('Một');
    const rejected = await post('Hai');
    const rest = [await post('Ba'), await post('Bốn'), await post('Năm')];
    await repository.setStatus(rejected, 'rejected');

    const firstPage = await queue('?limit=2');
    expect(firstPage.items.map((item) => item.id)).toEqual([first, rest[0]]);
    const secondPage = await queue(`?limit=2&cursor=${firstPage.nextCursor}`);
    expect(secondPage.items.map((item) => item.id)).toEqual(rest.slice(1));
    expect(secondPage.nextCursor).toBeNull();
    expect((await queue('?status=rejected')).items.map((item) => item.id)).toEqual([rejected]);
  });

  it('answers 400 for an unknown status or a limit above 100', async () => {
    for (const query of ['?status=spam', '?limit=101']) {
      const response = await server().app.inject({ method: 'GET', url: `/admin/comments${query}`, headers: bearer });
      expect(response.statusCode, query).toBe(400);
    }
  });

  it('approves (twice harmlessly) and rejects, hiding a rejected comment again', async () => {
    const { app } = server();
    const id = (await postComment(app, thread, validComment)).json<{ id: string }>().id;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const approved = await moderate(app, id, 'approve');
      expect(approved.statusCode).toBe(200);
      expect(approved.json()).toEqual({ id, status: 'published' });
    }
    expect((await listComments(app, thread)).json<{ total: number }>().total).toBe(1);
    expect((await moderate(app, id, 'reject')).json()).toEqual({ id, status: 'rejected' });
    expect((await listComments(app, thread)).json<{ total: number }>().total).toBe(0);
  });

  it('accepts an action labelled as JSON with an empty body, as many HTTP clients send it', async () => {
    const { app } = server();
    const id = (await postComment(app, thread, validComment)).json<{ id: string }>().id;
    const response = await app.inject({
      method: 'POST',
      url: `/admin/comments/${id}/approve`,
      headers: { ...bearer, 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(200);
  });

  it('answers 404 not-found for a comment that does not exist', async () => {
    const { app } = server();
    for (const action of ['approve', 'reject'] as const) {
      const response = await moderate(app, 'khong-co', action);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'not-found' } });
    }
    const reply = await postOfficialReply(app, 'khong-co', { author: 'Ban biên tập', content: 'Trả lời' });
    expect(reply.statusCode).toBe(404);
  });

  it('publishes an official reply at once, under the top-level comment, even in a closed thread', async () => {
    const { app, repository } = server();
    const top = await publishComment(app, thread);
    const readerReply = await publishComment(app, thread, { ...validComment, parentId: top });
    await app.inject({ method: 'POST', url: `/admin/threads/${thread}/close`, headers: bearer });

    const response = await postOfficialReply(app, readerReply, {
      author: ' Ban biên tập ',
      content: 'Cảm ơn bạn đã góp ý.'.normalize('NFD'),
    });
    expect(response.statusCode).toBe(201);
    const { id } = response.json<{ id: string; status: string }>();
    expect(response.json()).toEqual({ id, status: 'published' });
    expect(await repository.findComment(id)).toMatchObject({
      parentId: top,
      thread,
      author: 'Ban biên tập',
      content: 'Cảm ơn bạn đã góp ý.',
      official: true,
      status: 'published',
    });
  });

  it('answers 400 invalid-fields for an empty official reply', async () => {
    const { app } = server();
    const top = await publishComment(app, thread);
    const response = await postOfficialReply(app, top, { author: 'Ban biên tập', content: '   ' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: 'invalid-fields', fields: { content: { code: 'required' } } },
    });
  });

  it.each([
    ['an empty body', {}],
    ['empty strings', { author: '', content: '' }],
    ['author missing, content blank', { content: ' ' }],
  ])('answers 400 invalid-fields naming both required fields of an official reply: %s', async (_, payload) => {
    const { app } = server();
    const top = await publishComment(app, thread);
    const response = await postOfficialReply(app, top, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { fields: unknown } }>().error.fields).toEqual({
      author: { code: 'required', message: 'Vui lòng nhập họ tên.' },
      content: { code: 'required', message: 'Vui lòng nhập nội dung ý kiến.' },
    });
  });

  it('closes a thread, twice harmlessly, including one nobody has commented on yet', async () => {
    const { app } = server();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await app.inject({ method: 'POST', url: '/admin/threads/bai-viet-moi/close', headers: bearer });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ thread: 'bai-viet-moi', closed: true });
    }
    expect((await postComment(app, 'bai-viet-moi', validComment)).statusCode).toBe(409);
  });
});

describeEachEngine('moderation page', (engine) => {
  const server = useTestServer(engine);

  it('is served without a token, under a strict CSP', async () => {
    const page = await server().app.inject({ method: 'GET', url: '/admin' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.body).toContain('src="admin/moderation.js"');
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(page.body).not.toMatch(/\sstyle=|\son[a-z]+=/);
  });

  it('serves its script, which renders comment text with textContent only and keeps the token in sessionStorage', async () => {
    const script = await server().app.inject({ method: 'GET', url: '/admin/moderation.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toContain('.textContent = comment.content');
    expect(script.body).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|localStorage/);
    expect(script.body).toContain('sessionStorage');
    const styles = await server().app.inject({ method: 'GET', url: '/admin/moderation.css' });
    expect(styles.headers['content-type']).toBe('text/css; charset=utf-8');
  });
});
