import { describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResourceController, type ResourceStatus } from '../src/resource-controller.js';

/** The part of a LitElement a controller talks to, recording each status it is asked to render. */
class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  readonly rendered: ResourceStatus[] = [];
  resource?: ResourceController<unknown>;
  readonly updateComplete = Promise.resolve(true);
  readonly requestUpdate = vi.fn(() => {
    if (this.resource) this.rendered.push(this.resource.status);
  });

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }

  removeController(): void {
    throw new Error('not used');
  }

  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }

  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A controller whose loads the test settles by hand, in any order. */
function setup<T>() {
  const host = new FakeHost();
  const loads: { signal: AbortSignal; result: Deferred<T> }[] = [];
  const load = vi.fn((signal: AbortSignal) => {
    const result = deferred<T>();
    loads.push({ signal, result });
    return result.promise;
  });
  const resource = new ResourceController<T>(host, load);
  host.resource = resource as ResourceController<unknown>;
  host.connect();
  const nth = (index: number) => {
    const entry = loads[index];
    if (!entry) throw new Error(`load ${index} was not started`);
    return entry;
  };
  return { host, resource, load, loads, nth };
}

describe('ResourceController', () => {
  it('registers with its host and starts idle without loading', () => {
    const { host, resource, load } = setup<string>();
    expect(host.controllers).toEqual([resource]);
    expect(resource.status).toBe('idle');
    expect(resource.value).toBeUndefined();
    expect(resource.error).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
    expect(host.requestUpdate).not.toHaveBeenCalled();
  });

  it('goes idle → loading → complete and requests an update at each change', async () => {
    const { host, resource, nth } = setup<string[]>();
    const done = resource.run();
    expect(resource.status).toBe('loading');
    expect(host.rendered).toEqual(['loading']);
    nth(0).result.resolve(['a', 'b']);
    await done;
    expect(resource.status).toBe('complete');
    expect(resource.value).toEqual(['a', 'b']);
    expect(host.rendered).toEqual(['loading', 'complete']);
    expect(host.requestUpdate).toHaveBeenCalledTimes(2);
  });

  it('goes loading → error, keeping the reason', async () => {
    const { host, resource, nth } = setup<string>();
    const reason = new Error('HTTP 500');
    const done = resource.run();
    nth(0).result.reject(reason);
    await expect(done).resolves.toBeUndefined();
    expect(resource.status).toBe('error');
    expect(resource.error).toBe(reason);
    expect(host.rendered).toEqual(['loading', 'error']);
  });

  it('catches a loader that throws synchronously', async () => {
    const host = new FakeHost();
    const resource = new ResourceController<string>(host, () => {
      throw new TypeError('bad URL');
    });
    await resource.run();
    expect(resource.status).toBe('error');
    expect(resource.error).toBeInstanceOf(TypeError);
  });

  it('keeps the last value while reloading and after a failure, and clears the error on success', async () => {
    const { resource, nth } = setup<string>();
    const first = resource.run();
    nth(0).result.resolve('dữ liệu cũ');
    await first;

    const second = resource.run();
    expect(resource.status).toBe('loading');
    expect(resource.value).toBe('dữ liệu cũ');
    nth(1).result.reject(new Error('offline'));
    await second;
    expect(resource.status).toBe('error');
    expect(resource.value).toBe('dữ liệu cũ');
    expect(resource.error).toEqual(new Error('offline'));

    const third = resource.run();
    nth(2).result.resolve('dữ liệu mới');
    await third;
    expect(resource.status).toBe('complete');
    expect(resource.value).toBe('dữ liệu mới');
    expect(resource.error).toBeUndefined();
  });

  it('aborts the previous run and ignores its late result', async () => {
    const { host, resource, nth } = setup<string>();
    const older = resource.run();
    const newer = resource.run();
    expect(nth(0).signal.aborted).toBe(true);
    expect(nth(1).signal.aborted).toBe(false);

    nth(1).result.resolve('newer');
    await newer;
    // The older loader ignored its signal and answers last: it must not overwrite newer data.
    nth(0).result.resolve('older');
    await older;
    expect(resource.value).toBe('newer');
    expect(resource.status).toBe('complete');
    expect(host.rendered).toEqual(['loading', 'loading', 'complete']);
  });

  it('ignores a late failure of an older run', async () => {
    const { resource, nth } = setup<string>();
    const older = resource.run();
    const newer = resource.run();
    nth(0).result.reject(new DOMException('aborted', 'AbortError'));
    await older;
    expect(resource.status).toBe('loading');
    expect(resource.error).toBeUndefined();
    nth(1).result.resolve('newer');
    await newer;
    expect(resource.status).toBe('complete');
    expect(resource.error).toBeUndefined();
  });

  it('abort() stops the run, leaves no error and returns to the status before the run', async () => {
    const { host, resource, nth } = setup<string>();
    const first = resource.run();
    nth(0).result.resolve('v1');
    await first;

    const second = resource.run();
    resource.abort();
    expect(nth(1).signal.aborted).toBe(true);
    expect(resource.status).toBe('complete');
    nth(1).result.reject(new DOMException('aborted', 'AbortError'));
    await second;
    expect(resource.status).toBe('complete');
    expect(resource.error).toBeUndefined();
    expect(resource.value).toBe('v1');
    expect(host.rendered).toEqual(['loading', 'complete', 'loading', 'complete']);
  });

  it('abort() before any result returns to idle; with nothing running it does nothing', async () => {
    const { host, resource, nth } = setup<string>();
    resource.abort();
    expect(host.requestUpdate).not.toHaveBeenCalled();
    const run = resource.run();
    resource.abort();
    expect(resource.status).toBe('idle');
    nth(0).result.resolve('late');
    await run;
    expect(resource.value).toBeUndefined();
    expect(resource.status).toBe('idle');
  });

  it('aborts a running load on disconnect and runs again on connect', async () => {
    const { host, resource, load, nth } = setup<string>();
    const interrupted = resource.run();
    host.disconnect();
    expect(nth(0).signal.aborted).toBe(true);
    expect(resource.status).toBe('idle');
    nth(0).result.resolve('too late');
    await interrupted;
    expect(resource.value).toBeUndefined();

    host.connect();
    expect(load).toHaveBeenCalledTimes(2);
    expect(resource.status).toBe('loading');
    nth(1).result.resolve('fresh');
    await vi.waitFor(() => expect(resource.status).toBe('complete'));
    expect(resource.value).toBe('fresh');

    // Reconnecting again does not reload: nothing was interrupted this time.
    host.disconnect();
    host.connect();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not reload on connect after a disconnect with nothing running', async () => {
    const { host, resource, load, nth } = setup<string>();
    const run = resource.run();
    nth(0).result.resolve('v1');
    await run;
    host.disconnect();
    host.connect();
    expect(load).toHaveBeenCalledTimes(1);
    expect(resource.status).toBe('complete');
  });

  it('forgets an interruption once a new run starts', () => {
    const { host, resource, load } = setup<string>();
    void resource.run();
    host.disconnect();
    void resource.run();
    host.connect();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
