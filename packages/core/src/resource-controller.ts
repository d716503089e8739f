import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const resourceStatuses = ['idle', 'loading', 'complete', 'error'] as const;
export type ResourceStatus = (typeof resourceStatuses)[number];

/**
 * Runs a loader for a widget and keeps its state, so every widget shows loading, empty, error and
 * stale states the same way. `value` survives a new run and a failed one (stale data).
 */
export class ResourceController<T> implements ReactiveController {
  /** `idle` before the first run, `loading` while one runs, then `complete` or `error`. */
  status: ResourceStatus = 'idle';
  /** The result of the last successful run, kept while reloading and after a failure. */
  value?: T;
  /** Why the last run failed; cleared by a successful run. */
  error?: unknown;

  private readonly host: ReactiveControllerHost;
  private readonly load: (signal: AbortSignal) => Promise<T>;
  private current: AbortController | undefined;
  // The status to return to when a run is aborted, as if it had never started.
  private settledStatus: ResourceStatus = 'idle';
  private interrupted = false;

  constructor(host: ReactiveControllerHost, load: (signal: AbortSignal) => Promise<T>) {
    this.host = host;
    this.load = load;
    host.addController(this);
  }

  /** Starts a load, aborting the one running; resolves when this run settles, never rejects. */
  async run(): Promise<void> {
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    this.interrupted = false;
    this.status = 'loading';
    this.host.requestUpdate();
    let value: T;
    try {
      value = await this.load(controller.signal);
    } catch (error) {
      // A newer run or an abort owns the state now; a late failure of this one says nothing.
      if (this.current !== controller) return;
      this.error = error;
      this.finish('error');
      return;
    }
    if (this.current !== controller) return;
    this.value = value;
    this.error = undefined;
    this.finish('complete');
  }

  /** Aborts the running load, if any; the status returns to what it was before that run. */
  abort(): void {
    const controller = this.current;
    if (controller === undefined) return;
    this.current = undefined;
    controller.abort();
    this.status = this.settledStatus;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.interrupted) void this.run();
  }

  hostDisconnected(): void {
    if (this.current === undefined) return;
    this.abort();
    this.interrupted = true;
  }

  private finish(status: ResourceStatus): void {
    this.current = undefined;
    this.status = status;
    this.settledStatus = status;
    this.host.requestUpdate();
  }
}
