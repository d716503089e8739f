import { describe, expect, it, vi } from 'vitest';
import { shareRequest } from '../src/in-flight.js';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('shareRequest', () => {
  it('starts one request for callers asking for the same key while it runs', async () => {
    const answer = deferred<string>();
    const start = vi.fn(() => answer.promise);
    const results = [1, 2, 3].map(() => shareRequest('a', start, new AbortController().signal));
    answer.resolve('kết quả');

    expect(await Promise.all(results)).toEqual(['kết quả', 'kết quả', 'kết quả']);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts separate requests for different keys', async () => {
    const start = vi.fn((signal: AbortSignal) => Promise.resolve(signal.aborted));
    await Promise.all([
      shareRequest('b1', start, new AbortController().signal),
      shareRequest('b2', start, new AbortController().signal),
    ]);
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('starts a new request once the previous one has settled', async () => {
    const start = vi.fn(() => Promise.resolve(1));
    await shareRequest('c', start, new AbortController().signal);
    await shareRequest('c', start, new AbortController().signal);
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('passes a failure to every caller, and forgets the failed request', async () => {
    const start = vi.fn(() => Promise.reject(new Error('hỏng')));
    const results = await Promise.allSettled([1, 2].map(() => shareRequest('d', start, new AbortController().signal)));
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);

    await shareRequest('d', start, new AbortController().signal).catch(() => undefined);
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('stops one caller`s wait without aborting the request, and aborts it when nobody waits', async () => {
    let requestSignal: AbortSignal | undefined;
    const answer = deferred<string>();
    const start = (signal: AbortSignal): Promise<string> => {
      requestSignal = signal;
      return answer.promise;
    };
    const first = new AbortController();
    const second = new AbortController();
    const third = new AbortController();
    const waits = [first, second].map((controller) => shareRequest('e', start, controller.signal));

    first.abort(new Error('gỡ khỏi trang'));
    await expect(waits[0]).rejects.toThrow('gỡ khỏi trang');
    expect(requestSignal?.aborted).toBe(false);

    second.abort();
    await expect(waits[1]).rejects.toBeDefined();
    expect(requestSignal?.aborted).toBe(true);

    // The aborted request is not joined: a new caller starts afresh.
    const fresh = shareRequest('e', () => Promise.resolve('mới'), third.signal);
    await expect(fresh).resolves.toBe('mới');
  });

  it('rejects at once for a caller whose signal is already aborted, and starts nothing', async () => {
    const start = vi.fn(() => Promise.resolve(1));
    const controller = new AbortController();
    controller.abort();
    await expect(shareRequest('f', start, controller.signal)).rejects.toBeDefined();
    expect(start).not.toHaveBeenCalled();
  });
});
