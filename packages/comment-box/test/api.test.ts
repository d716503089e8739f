import { afterEach, describe, expect, it, vi } from 'vitest';
import { commentsUrl, isThreadId } from '../src/api.js';
import { fetchComments, loadComments } from '../src/list-api.js';
import { readErrorBody, sendComment } from '../src/send-api.js';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

/** Replaces fetch for one test: each call gets the next answer; the calls are recorded. */
function stubFetch(...answers: (() => Response | Promise<Response>)[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    const answer = answers[Math.min(calls.length, answers.length) - 1];
    if (!answer) throw new Error('no answer');
    return Promise.resolve(answer());
  });
  return calls;
}

const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const errorBody = (code: string, fields?: Record<string, unknown>) => ({
  error: fields ? { code, message: 'Thông báo của máy chủ', fields } : { code, message: 'Thông báo của máy chủ' },
});

const url = 'https://ykien.tinh.gov.vn/api/threads/bai-1/comments';
const body = JSON.stringify({ author: 'An', content: 'Chào', website: '' });
const signal = () => new AbortController().signal;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('commentsUrl and isThreadId', () => {
  it('builds the route without doubled slashes and with the thread as one path segment', () => {
    expect(commentsUrl('https://a.gov.vn/api/', 'bai-1')).toBe('https://a.gov.vn/api/threads/bai-1/comments');
    expect(commentsUrl('/api', 'tin_tuc.2026~1')).toBe('/api/threads/tin_tuc.2026~1/comments');
  });

  it.each(['bai-1', 'A.b_c~d-1', 'x'.repeat(128)])('accepts the thread id %s', (id) => {
    expect(isThreadId(id)).toBe(true);
  });

  it.each(['', '.', '..', 'bài-1', 'a/b', 'a b', 'x'.repeat(129), '?a=1'])('refuses the thread id %j', (id) => {
    expect(isThreadId(id)).toBe(false);
  });
});

describe('sendComment', () => {
  it('POSTs the JSON body with the Idempotency-Key and answers 201 with {id, status}', async () => {
    const calls = stubFetch(json({ id: 'yk-1', status: 'pending' }, 201));
    const result = await sendComment(url, body, 'key-0123456789', signal());
    expect(result).toEqual({ ok: true, created: { id: 'yk-1', status: 'pending' } });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe(url);
    expect(call?.init?.method).toBe('POST');
    expect(call?.init?.body).toBe(body);
    expect(call?.init?.headers).toMatchObject({
      'content-type': 'application/json',
      'idempotency-key': 'key-0123456789',
    });
  });

  it('reads a 400 with fields as invalid, with the field codes and messages', async () => {
    stubFetch(json(errorBody('invalid-fields', { content: { code: 'banned-words', message: 'Từ cấm' } }), 400));
    expect(await sendComment(url, body, 'key-0123456789', signal())).toEqual({
      ok: false,
      failure: {
        reason: 'invalid',
        status: 400,
        code: 'invalid-fields',
        message: 'Thông báo của máy chủ',
        fields: { content: { code: 'banned-words', message: 'Từ cấm' } },
      },
    });
  });

  it.each([
    [400, 'idempotency-key-required', 'rejected'],
    [404, 'parent-not-found', 'rejected'],
    [409, 'thread-closed', 'closed'],
    [422, 'idempotency-key-reused', 'key-reused'],
    [429, 'rate-limited', 'rate-limited'],
    [500, 'internal', 'server'],
    [502, 'bad-gateway', 'server'],
    [503, 'unavailable', 'server'],
    [408, 'timeout', 'server'],
    [401, 'unauthorized', 'rejected'],
  ])('reads HTTP %i (%s) as %s, sending once', async (status, code, reason) => {
    const calls = stubFetch(json(errorBody(code), status));
    const result = await sendComment(url, body, 'key-0123456789', signal());
    expect(result).toEqual({ ok: false, failure: { reason, status, code, message: 'Thông báo của máy chủ' } });
    expect(calls).toHaveLength(1);
  });

  it('reads 413 as a comment too long for the server', async () => {
    stubFetch(json(errorBody('body-too-large'), 413));
    const result = await sendComment(url, body, 'key-0123456789', signal());
    expect(result.ok === false && result.failure).toMatchObject({
      reason: 'invalid',
      fields: { content: { code: 'too-long' } },
    });
  });

  it('passes on how long a 429 asked to wait', async () => {
    stubFetch(json(errorBody('rate-limited'), 429, { 'retry-after': '30' }));
    const result = await sendComment(url, body, 'key-0123456789', signal());
    expect(result.ok === false && result.failure).toMatchObject({ reason: 'rate-limited', retryAfterMs: 30_000 });
  });

  it("reads an error answer that is not the API's JSON by its status alone", async () => {
    stubFetch(() => new Response('<h1>502 Bad Gateway</h1>', { status: 502 }));
    expect(await sendComment(url, body, 'key-0123456789', signal())).toEqual({
      ok: false,
      failure: { reason: 'server', status: 502 },
    });
  });

  it('reads a network error, a captive portal page and a 2xx that is not {id, status}', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await sendComment(url, body, 'key-0123456789', signal())).toEqual({
      ok: false,
      failure: { reason: 'network' },
    });
    stubFetch(() => new Response('<!doctype html><title>Đăng nhập Wi-Fi</title>', { status: 200 }));
    expect(await sendComment(url, body, 'key-0123456789', signal())).toEqual({
      ok: false,
      failure: { reason: 'network' },
    });
    stubFetch(json({ ok: true }, 201));
    const result = await sendComment(url, body, 'key-0123456789', signal());
    expect(result.ok === false && result.failure.reason).toBe('server');
  });

  it('sends nothing when the browser is offline', async () => {
    const calls = stubFetch(json({ id: 'x', status: 'pending' }, 201));
    vi.stubGlobal('navigator', { onLine: false });
    expect(await sendComment(url, body, 'key-0123456789', signal())).toEqual({
      ok: false,
      failure: { reason: 'offline' },
    });
    expect(calls).toHaveLength(0);
  });

  it('gives up after 15 s without an answer, as a timeout', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', () => new Promise(() => undefined));
    const sent = sendComment(url, body, 'key-0123456789', signal());
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await sent).toEqual({ ok: false, failure: { reason: 'timeout' } });
  });

  it('rejects when aborted (the element left the page)', async () => {
    const controller = new AbortController();
    vi.stubGlobal('fetch', () => new Promise(() => undefined));
    const sent = sendComment(url, body, 'key-0123456789', controller.signal);
    controller.abort();
    await expect(sent).rejects.toMatchObject({ kind: 'aborted' });
  });
});

describe('readErrorBody', () => {
  it('keeps only the fields the widget can show, with string codes', () => {
    const read = readErrorBody(
      JSON.stringify({
        error: {
          code: 'invalid-fields',
          message: 'm',
          fields: { author: { code: 'required' }, website: { code: 'x' }, email: { message: 'no code' } },
        },
      }),
    );
    expect(read).toEqual({ code: 'invalid-fields', message: 'm', fields: { author: { code: 'required' } } });
  });

  it.each([undefined, '', 'not json', '[]', '{"error": "text"}', 'null'])('reads %j as nothing', (text) => {
    expect(readErrorBody(text)).toEqual({});
  });
});

describe('fetchComments and loadComments', () => {
  const page = (ids: string[], nextCursor: string | null) => ({
    items: ids.map((id) => ({ id, author: 'An', content: 'Nội dung', createdAt: '2026-11-27T08:00:00Z' })),
    nextCursor,
    total: 3,
  });

  it('asks for a page by limit, then the next by cursor, and appends it', async () => {
    const calls = stubFetch(json(page(['3', '2'], 'c2')), json(page(['1'], null)));
    const first = await loadComments(url, { limit: 2, signal: signal() });
    expect(calls[0]?.url).toBe(`${url}?limit=2`);
    const both = await loadComments(url, { limit: 2, shown: first, signal: signal() });
    expect(calls[1]?.url).toBe(`${url}?limit=2&cursor=c2`);
    expect(both.items.map((item) => item.id)).toEqual(['3', '2', '1']);
    expect(both.nextCursor).toBeNull();
    expect(both).not.toHaveProperty('dropped');
  });

  it('rejects an answer that is not a page', async () => {
    stubFetch(json({ comments: [] }));
    await expect(fetchComments(url, { limit: 10, signal: signal() })).rejects.toThrow('not a page of comments');
  });

  it('warns once, naming the element, when comments were left out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    stubFetch(json({ items: [{ id: 'x' }, ...page(['1'], null).items], nextCursor: null }));
    const loaded = await loadComments(url, { limit: 10, signal: signal() });
    expect(loaded.items).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^<pw-comment-box> 1 comment\(s\) from .* were left out/);
    warn.mockRestore();
  });
});
