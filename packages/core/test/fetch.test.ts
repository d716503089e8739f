import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import {
  FetchFailure,
  fetchJson,
  fetchText,
  looksLikeHtmlDocument,
  parseRetryAfter,
  retryDelay,
  type FetchFailureKind,
  type FetchPolicy,
} from '../src/fetch.js';

type FetchMock = Mock<typeof fetch>;

const url = 'https://tinh.gov.vn/api/data.json';
const now = Date.UTC(2026, 10, 27, 7, 0, 0);

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });
}

function status(code: number, headers: Record<string, string> = {}): Response {
  return new Response(`{"error":{"code":"E${code}"}}`, { status: code, headers });
}

/** A fetch that never settles and ignores its signal, like a badly patched host fetch. */
function hanging(): Promise<Response> {
  return new Promise(() => undefined);
}

/** Collects the promise's outcome so timers can be advanced without an unhandled rejection. */
function outcome<T>(promise: Promise<T>): { value?: T; error?: unknown; settled: boolean } {
  const result: { value?: T; error?: unknown; settled: boolean } = { settled: false };
  promise.then(
    (value) => Object.assign(result, { value, settled: true }),
    (error: unknown) => Object.assign(result, { error, settled: true }),
  );
  return result;
}

function failure(result: { error?: unknown }, kind: FetchFailureKind): FetchFailure {
  expect(result.error).toBeInstanceOf(FetchFailure);
  const error = result.error as FetchFailure;
  expect(error.kind).toBe(kind);
  return error;
}

function signalOf(fetchMock: FetchMock, call: number): AbortSignal {
  const signal = fetchMock.mock.calls[call]?.[1]?.signal;
  if (!signal) throw new Error(`fetch call ${call} had no signal`);
  return signal;
}

describe('fetchText and fetchJson', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('returns the text, content type, status and URL of a success', async () => {
    const fetchMock: FetchMock = vi.fn(async () => new Response('<rss/>', { headers: { 'content-type': 'text/xml' } }));
    const result = await fetchText(url, { fetch: fetchMock });
    expect(result).toEqual({ text: '<rss/>', contentType: 'text/xml', status: 200, url });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe(url);
    expect(signalOf(fetchMock, 0).aborted).toBe(false);
  });

  it('parses JSON', async () => {
    const fetchMock: FetchMock = vi.fn(async () => json({ items: [1, 2] }, { status: 201 }));
    await expect(fetchJson(url, { fetch: fetchMock })).resolves.toEqual({
      data: { items: [1, 2] },
      status: 201,
      url,
    });
  });

  it('uses globalThis.fetch looked up at call time by default', async () => {
    const fetchMock: FetchMock = vi.fn(async () => json([]));
    vi.stubGlobal('fetch', fetchMock);
    await expect(fetchJson(url)).resolves.toMatchObject({ data: [] });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('times out by its own timer when fetch never answers and ignores the signal', async () => {
    const fetchMock: FetchMock = vi.fn(hanging);
    const result = outcome(fetchText(url, { fetch: fetchMock, timeoutMs: 5_000, retries: 0 }));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(result.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = failure(result, 'timeout');
    expect(error.attempts).toBe(1);
    expect(error.message).toContain('timed out after 5000 ms');
    expect(signalOf(fetchMock, 0).aborted).toBe(true);
  });

  it('applies the default 10 s timeout and 2 retries with 1 s, 2 s backoff', async () => {
    const fetchMock: FetchMock = vi.fn(hanging);
    const result = outcome(fetchText(url, { fetch: fetchMock }));
    await vi.advanceTimersByTimeAsync(10_000 + 1_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10_000 + 1_999);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(result.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(failure(result, 'timeout').attempts).toBe(3);
    await vi.runAllTimersAsync();
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('times out when the headers arrive but the body never ends', async () => {
    const fetchMock: FetchMock = vi.fn(async () => new Response(new ReadableStream({ start: () => undefined })));
    const result = outcome(fetchText(url, { fetch: fetchMock, timeoutMs: 3_000, retries: 0 }));
    await vi.advanceTimersByTimeAsync(3_000);
    expect(failure(result, 'timeout').attempts).toBe(1);
  });

  it('retries network errors with growing delays, then succeeds', async () => {
    const fetchMock: FetchMock = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(json({ ok: true }));
    const result = outcome(fetchJson(url, { fetch: fetchMock, backoffMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(999);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(result.value).toEqual({ data: { ok: true }, status: 200, url });
  });

  it('gives up after the bounded number of retries and says how many attempts were made', async () => {
    const cause = new TypeError('Failed to fetch');
    const fetchMock: FetchMock = vi.fn(async () => {
      throw cause;
    });
    const result = outcome(fetchText(url, { fetch: fetchMock, retries: 3, backoffMs: 100 }));
    await vi.runAllTimersAsync();
    const error = failure(result, 'network');
    expect(error.attempts).toBe(4);
    expect(error.cause).toBe(cause);
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });

  it.each([
    [99, 6],
    [-1, 1],
    [Number.NaN, 3],
    [1.7, 2],
  ])('clamps retries %s to %s attempts', async (retries, attempts) => {
    const fetchMock: FetchMock = vi.fn(async () => status(500));
    const result = outcome(fetchText(url, { fetch: fetchMock, retries }));
    await vi.runAllTimersAsync();
    expect(failure(result, 'http').attempts).toBe(attempts);
    expect(fetchMock).toHaveBeenCalledTimes(attempts);
  });

  it('caps the backoff at 30 s', async () => {
    const fetchMock: FetchMock = vi.fn(async () => status(502));
    const result = outcome(fetchText(url, { fetch: fetchMock, retries: 1, backoffMs: 100_000 }));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(failure(result, 'http').status).toBe(502);
  });

  it('retries a 500 and succeeds', async () => {
    const fetchMock: FetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(status(500))
      .mockResolvedValueOnce(json({ ok: true }));
    const result = outcome(fetchJson(url, { fetch: fetchMock }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(result.value).toMatchObject({ data: { ok: true } });
  });

  it.each([500, 502, 503, 504, 408, 429])('retries HTTP %i', async (code) => {
    const fetchMock: FetchMock = vi.fn(async () => status(code));
    const result = outcome(fetchText(url, { fetch: fetchMock, retries: 1 }));
    await vi.runAllTimersAsync();
    const error = failure(result, 'http');
    expect(error.status).toBe(code);
    expect(error.attempts).toBe(2);
  });

  it.each([400, 401, 403, 404, 409, 410, 422])('does not retry HTTP %i and keeps its body', async (code) => {
    const fetchMock: FetchMock = vi.fn(async () => status(code));
    const result = outcome(fetchText(url, { fetch: fetchMock }));
    await vi.runAllTimersAsync();
    const error = failure(result, 'http');
    expect(error.status).toBe(code);
    expect(error.attempts).toBe(1);
    expect(error.body).toBe(`{"error":{"code":"E${code}"}}`);
    expect(error.message).toBe(`GET ${url} answered HTTP ${code} (1 attempt)`);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('waits Retry-After seconds on a 429 instead of the backoff', async () => {
    const fetchMock: FetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(status(429, { 'retry-after': '7' }))
      .mockResolvedValueOnce(json({ ok: true }));
    const result = outcome(fetchJson(url, { fetch: fetchMock, backoffMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(6_999);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(result.value).toMatchObject({ data: { ok: true } });
  });

  it('waits until a Retry-After HTTP-date on a 503', async () => {
    const later = new Date(now + 12_000).toUTCString();
    const fetchMock: FetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(status(503, { 'retry-after': later }))
      .mockResolvedValueOnce(json({ ok: true }));
    const result = outcome(fetchJson(url, { fetch: fetchMock }));
    await vi.advanceTimersByTimeAsync(11_999);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(result.settled).toBe(true);
  });

  it('reports Retry-After on the final failure', async () => {
    const fetchMock: FetchMock = vi.fn(async () => status(429, { 'retry-after': '20' }));
    const result = outcome(fetchText(url, { fetch: fetchMock, retries: 0 }));
    await vi.runAllTimersAsync();
    const error = failure(result, 'http');
    expect(error.retryAfterMs).toBe(20_000);
    expect(error.status).toBe(429);
  });

  it('uses the backoff when a 429 has an unreadable Retry-After', async () => {
    const fetchMock: FetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(status(429, { 'retry-after': 'soon' }))
      .mockResolvedValueOnce(json({}));
    const result = outcome(fetchJson(url, { fetch: fetchMock, backoffMs: 500 }));
    await vi.advanceTimersByTimeAsync(500);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(result.settled).toBe(true);
  });

  it.each<[string, (url: string, policy: FetchPolicy) => Promise<unknown>]>([
    ['fetchText', fetchText],
    ['fetchJson', fetchJson],
  ])('%s fails with not-data, without retrying, when a 200 carries an HTML page', async (_, load) => {
    const fetchMock: FetchMock = vi.fn(
      async () =>
        new Response('\uFEFF\n  <!DOCTYPE html><html><body>Đăng nhập Wi-Fi</body></html>', {
          headers: { 'content-type': 'application/json' },
        }),
    );
    const result = outcome(load(url, { fetch: fetchMock }));
    await vi.runAllTimersAsync();
    const error = failure(result, 'not-data');
    expect(error.attempts).toBe(1);
    expect(error.status).toBe(200);
    expect(error.message).toContain('HTML page');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('fails with not-data, without retrying, on invalid JSON', async () => {
    const fetchMock: FetchMock = vi.fn(async () => new Response('{"items": [1, 2,]}'));
    const result = outcome(fetchJson(url, { fetch: fetchMock }));
    await vi.runAllTimersAsync();
    const error = failure(result, 'not-data');
    expect(error.attempts).toBe(1);
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('rejects at once with aborted when the caller aborts during a fetch that ignores the signal', async () => {
    const caller = new AbortController();
    const fetchMock: FetchMock = vi.fn(hanging);
    const result = outcome(fetchText(url, { fetch: fetchMock, signal: caller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    caller.abort();
    await vi.advanceTimersByTimeAsync(0);
    const error = failure(result, 'aborted');
    expect(error.attempts).toBe(1);
    expect(signalOf(fetchMock, 0).aborted).toBe(true);
    await vi.runAllTimersAsync();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('rejects at once with aborted when the caller aborts during the backoff wait', async () => {
    const caller = new AbortController();
    const fetchMock: FetchMock = vi.fn(async () => status(500));
    const result = outcome(fetchText(url, { fetch: fetchMock, signal: caller.signal }));
    await vi.advanceTimersByTimeAsync(500);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    caller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(failure(result, 'aborted').attempts).toBe(1);
    await vi.runAllTimersAsync();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('does not call fetch when the signal is already aborted', async () => {
    const fetchMock: FetchMock = vi.fn(async () => json({}));
    const result = outcome(fetchText(url, { fetch: fetchMock, signal: AbortSignal.abort() }));
    await vi.runAllTimersAsync();
    expect(failure(result, 'aborted').attempts).toBe(0);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('honours a signal given in init too', async () => {
    const caller = new AbortController();
    const fetchMock: FetchMock = vi.fn(hanging);
    const result = outcome(fetchText(url, { fetch: fetchMock, init: { signal: caller.signal } }));
    caller.abort();
    await vi.advanceTimersByTimeAsync(0);
    failure(result, 'aborted');
  });

  it('fails at once with offline without calling fetch', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const fetchMock: FetchMock = vi.fn(async () => json({}));
    const result = outcome(fetchText(url, { fetch: fetchMock }));
    await vi.advanceTimersByTimeAsync(0);
    const error = failure(result, 'offline');
    expect(error.attempts).toBe(0);
    expect(error.message).toContain('offline');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('stops retrying with offline when the browser goes offline during the backoff', async () => {
    const navigatorStub = { onLine: true };
    vi.stubGlobal('navigator', navigatorStub);
    const fetchMock: FetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = outcome(fetchText(url, { fetch: fetchMock }));
    await vi.advanceTimersByTimeAsync(0);
    navigatorStub.onLine = false;
    await vi.runAllTimersAsync();
    expect(failure(result, 'offline').attempts).toBe(1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('sends the same method, headers and body on every attempt, each with a fresh signal', async () => {
    const init: RequestInit = {
      method: 'POST',
      headers: { 'Idempotency-Key': 'k-123', 'content-type': 'application/json' },
      body: '{"content":"Xin chào"}',
    };
    const fetchMock: FetchMock = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(status(503))
      .mockResolvedValueOnce(json({ id: '1', status: 'pending' }, { status: 201 }));
    const result = outcome(fetchJson(url, { fetch: fetchMock, init }));
    await vi.runAllTimersAsync();
    expect(result.value).toMatchObject({ status: 201 });
    expect(fetchMock).toHaveBeenCalledTimes(3);
    for (const [calledUrl, calledInit] of fetchMock.mock.calls) {
      expect(calledUrl).toBe(url);
      expect(calledInit).toMatchObject(init);
    }
    expect(new Set(fetchMock.mock.calls.map(([, calledInit]) => calledInit?.signal)).size).toBe(3);
  });

  it('names the method and URL in its messages', async () => {
    const fetchMock: FetchMock = vi.fn(async () => status(500));
    const result = outcome(fetchText(url, { fetch: fetchMock, retries: 1, init: { method: 'post' } }));
    await vi.runAllTimersAsync();
    const error = failure(result, 'http');
    expect(error.name).toBe('FetchFailure');
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe(`POST ${url} answered HTTP 500 (2 attempts)`);
  });
});

describe('retryDelay', () => {
  it.each([
    [1, 1_000, 1_000],
    [2, 1_000, 2_000],
    [3, 1_000, 4_000],
    [5, 1_000, 16_000],
    [6, 1_000, 30_000],
    [100, 1_000, 30_000],
    [1, 250, 250],
    [1, 0, 0],
    [1, -5, 0],
    [1, Number.NaN, 0],
    [2, Number.POSITIVE_INFINITY, 0],
  ])('retry %s with backoff %s waits %s ms', (attempt, backoff, expected) => {
    expect(retryDelay(attempt, backoff)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['7', 7_000],
    [' 30 ', 30_000],
    ['60', 60_000],
    ['3600', 60_000],
    ['99999999999999999999999', 60_000],
    ['Fri, 27 Nov 2026 07:00:12 GMT', 12_000],
    ['fri, 27 nov 2026 07:00:45 gmt', 45_000],
    ['Fri, 27 Nov 2026 08:00:00 GMT', 60_000],
    ['Fri, 27 Nov 2026 06:00:00 GMT', 0],
    ['Friday, 27-Nov-26 07:00:05 GMT', 5_000],
    ['Fri Nov 27 07:00:09 2026', 9_000],
    ['Sun Nov  6 08:49:37 1994', 0],
  ])('reads %j as %s ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([
    null,
    '',
    '  ',
    'soon',
    '-5',
    '1.5',
    '1e3',
    '12abc',
    'Fri, 31 Feb 2026 07:00:00 GMT',
    '2026-11-27T07:00:10Z',
  ])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('looksLikeHtmlDocument', () => {
  it.each([
    '<!DOCTYPE html><html></html>',
    '<!doctype HTML>',
    '\uFEFF<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">',
    '\n\t  <html lang="vi">',
    '<HTML>',
    '<head><title>Login</title>',
    '<body onload="x()">',
    '<!-- captive portal --><html>',
  ])('recognises %j', (text) => {
    expect(looksLikeHtmlDocument(text)).toBe(true);
  });

  it.each([
    '',
    '{"html": "<html>"}',
    '[]',
    '<?xml version="1.0"?><rss version="2.0"></rss>',
    '<feed xmlns="http://www.w3.org/2005/Atom"><content type="html">&lt;html&gt;</content></feed>',
    '<htmlish>',
    'plain text mentioning <html>',
    '<header>',
    '<bodyguard/>',
  ])('does not treat %j as HTML', (text) => {
    expect(looksLikeHtmlDocument(text)).toBe(false);
  });
});
