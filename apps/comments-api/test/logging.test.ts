import { expect, it } from 'vitest';
import { adminToken, bearer, postComment, useTestServer } from './helpers/app.js';
import { describeEachEngine } from './helpers/databases.js';

describeEachEngine('structured logs', (engine) => {
  const lines: string[] = [];
  const server = useTestServer(engine, { trustProxy: true }, { logs: { write: (line) => lines.push(line) } });

  it('never contain e-mail addresses, client addresses, comment text or tokens', async () => {
    lines.length = 0;
    const { app, repository } = server();
    const personal = {
      author: 'Nguyễn Thị Riêng Tư',
      email: 'rieng.tu@example.vn',
      content: 'Nội dung bí mật của bạn đọc',
      website: '',
    };
    const headers = { 'x-forwarded-for': '203.0.113.77' };
    const posted = await postComment(app, 'bai-viet-1', personal, { headers });
    await app.inject({
      method: 'POST',
      url: `/admin/comments/${posted.json<{ id: string }>().id}/approve`,
      headers: bearer,
    });
    await app.inject({ method: 'GET', url: '/admin/comments', headers: { authorization: 'Bearer wrong-token-guess' } });
    await app.inject({ method: 'GET', url: '/threads/bai-viet-1/comments?cursor=rieng.tu@example.vn' });
    await app.inject({ method: 'GET', url: '/rieng.tu@example.vn', headers });
    // A failing database: the error is logged, still without the request's data.
    await repository.close();
    const failed = await postComment(app, 'bai-viet-1', personal, { headers });
    expect(failed.statusCode).toBe(500);
    expect(failed.json()).toMatchObject({ error: { code: 'internal' } });

    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(10);
    expect(log).toContain('request failed');
    for (const secret of [
      personal.author,
      personal.email,
      personal.content,
      '203.0.113.77',
      '127.0.0.1',
      adminToken,
      'wrong-token-guess',
    ]) {
      expect(log, secret).not.toContain(secret);
    }
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});
