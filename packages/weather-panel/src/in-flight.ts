interface Shared {
  result: Promise<unknown>;
  controller: AbortController;
  waiters: number;
}

const running = new Map<string, Shared>();

/**
 * Runs `start` once for all callers asking for the same `key` while it runs: panels on one page that
 * ask for the same places share one request. Each caller's `signal` only stops its own wait; the
 * request is aborted when every caller has stopped waiting, so one panel leaving the page does not
 * cancel its neighbours'.
 */
export function shareRequest<T>(
  key: string,
  start: (signal: AbortSignal) => Promise<T>,
  signal: AbortSignal,
): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  let shared = running.get(key);
  if (shared === undefined) {
    const controller = new AbortController();
    const created: Shared = { controller, waiters: 0, result: start(controller.signal) };
    const forget = (): void => {
      if (running.get(key) === created) running.delete(key);
    };
    // Settled or abandoned, it is no longer there to join; this also consumes its rejection.
    created.result.then(forget, forget);
    controller.signal.addEventListener('abort', forget);
    running.set(key, created);
    shared = created;
  }
  const joined = shared;
  joined.waiters += 1;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      joined.waiters -= 1;
      if (joined.waiters === 0) joined.controller.abort(signal.reason);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    joined.result.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value as T);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
