export const fetchFailureKinds = ['timeout', 'network', 'http', 'not-data', 'offline', 'aborted'] as const;
export type FetchFailureKind = (typeof fetchFailureKinds)[number];

export interface FetchFailureDetails {
  status?: number;
  retryAfterMs?: number;
  attempts: number;
  body?: string;
  cause?: unknown;
}

/** Why a request failed, in a form a widget can turn into an error state. */
export class FetchFailure extends Error {
  readonly kind: FetchFailureKind;
  /** HTTP status of the last response, when there was one. */
  readonly status?: number;
  /** How long the server asked to wait (`Retry-After` on 429/503), capped at 60 s. */
  readonly retryAfterMs?: number;
  /** How many requests were made; 0 when none was (offline, aborted before the first). */
  readonly attempts: number;
  /** Body of an error response (kind `http`), e.g. a JSON `{error:{code, message}}`. */
  readonly body?: string;

  constructor(kind: FetchFailureKind, message: string, details: FetchFailureDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FetchFailure';
    this.kind = kind;
    this.attempts = details.attempts;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.body !== undefined) this.body = details.body;
  }
}

export interface FetchPolicy {
  /** Per attempt, covering the response and its body; default 10 000 ms. */
  timeoutMs?: number;
  /** Extra attempts after the first; default 2, clamped to 0..5. */
  retries?: number;
  /** Delay before the first retry, doubled for each later one, capped at 30 000 ms; default 1 000 ms. */
  backoffMs?: number;
  /** The caller's abort (element disconnected, newer request): rejects at once with kind `aborted`. */
  signal?: AbortSignal;
  /** Method, headers, body: sent unchanged on every attempt, so the body must be reusable (not a stream). */
  init?: RequestInit;
  /** Defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: typeof fetch;
}

export interface FetchedText {
  text: string;
  contentType: string;
  status: number;
  url: string;
}

const defaultTimeoutMs = 10_000;
const defaultRetries = 2;
const maxRetries = 5;
const defaultBackoffMs = 1_000;
const maxBackoffMs = 30_000;
const maxRetryAfterMs = 60_000;
// setTimeout treats larger delays as 1 ms.
const maxTimerMs = 2_147_483_647;

/** Delay before retry number `attempt` (1 = the first retry): `backoffMs` doubled each time, capped. */
export function retryDelay(attempt: number, backoffMs: number): number {
  const base = Number.isFinite(backoffMs) && backoffMs > 0 ? backoffMs : 0;
  const exponent = Number.isFinite(attempt) ? Math.max(0, Math.floor(attempt) - 1) : 0;
  return Math.min(base * 2 ** Math.min(exponent, 30), maxBackoffMs);
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// The three HTTP-date forms (RFC 9110 §5.6.7): IMF-fixdate, RFC 850 and asctime, all in GMT.
const imfFixdate = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/i;
const rfc850Date = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/i;
const asctimeDate = /^[a-z]{3} ([a-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;

function parseHttpDate(value: string, nowMs: number): number | undefined {
  let fields: (string | undefined)[] | undefined;
  let match: RegExpExecArray | null;
  if ((match = imfFixdate.exec(value) ?? rfc850Date.exec(value))) {
    fields = match.slice(1);
  } else if ((match = asctimeDate.exec(value))) {
    const [, month, day, hour, minute, second, year] = match;
    fields = [day, month, year, hour, minute, second];
  }
  if (fields === undefined) return undefined;
  const [dayText = '', monthText = '', yearText = '', hourText = '', minuteText = '', secondText = ''] = fields;
  let year = Number(yearText);
  if (yearText.length === 2) {
    // RFC 850 two-digit years more than 50 years ahead belong to the previous century (RFC 9110).
    const currentYear = new Date(nowMs).getUTCFullYear();
    year += Math.floor(currentYear / 100) * 100;
    if (year > currentYear + 50) year -= 100;
  }
  const month = months.indexOf(monthText.toLowerCase());
  const day = Number(dayText.trim());
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText);
  if (month < 0 || hour > 23 || minute > 59 || second > 60) return undefined;
  const time = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  // Date.UTC rolls 31 Feb over into March: such a date is garbage, not a date.
  if (new Date(time).getUTCDate() !== day) return undefined;
  return time;
}

/** `Retry-After` (delta-seconds or an HTTP-date) as milliseconds from `nowMs`, capped; garbage → `undefined`. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, maxRetryAfterMs);
  const time = parseHttpDate(trimmed, nowMs);
  if (time === undefined) return undefined;
  return Math.min(Math.max(time - nowMs, 0), maxRetryAfterMs);
}

const htmlStart = /^(?:<!doctype\s+html|<html|<head|<body)(?=[\s/>]|$)/i;
const leadingNoise = /^(?:\uFEFF|\s|<!--[\s\S]*?-->)+/;

/** Whether a body is an HTML page (a captive portal or a login page), not the data asked for. */
export function looksLikeHtmlDocument(text: string): boolean {
  return htmlStart.test(text.replace(leadingNoise, ''));
}

type Outcome =
  | { kind: 'response'; response: Response; text: string }
  | { kind: 'timeout' }
  | { kind: 'aborted' }
  | { kind: 'network'; error: unknown };

async function fetchAndRead(fetchFn: typeof fetch, url: string, init: RequestInit): Promise<Outcome> {
  const response = await fetchFn(url, init);
  return { kind: 'response', response, text: await response.text() };
}

/**
 * One attempt, settled by whichever comes first: the response and its body, the timer, or the
 * caller's abort. The timer settles it even when a patched fetch ignores the signal.
 */
function attempt(
  fetchFn: typeof fetch,
  url: string,
  init: RequestInit | undefined,
  timeoutMs: number,
  signals: readonly AbortSignal[],
): Promise<Outcome> {
  return new Promise((resolve) => {
    const controller = new AbortController();
    let settled = false;
    const settle = (outcome: Outcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const signal of signals) signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = (): void => {
      settle({ kind: 'aborted' });
      controller.abort();
    };
    const timer = setTimeout(() => {
      settle({ kind: 'timeout' });
      controller.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
    for (const signal of signals) signal.addEventListener('abort', onAbort);
    fetchAndRead(fetchFn, url, { ...init, signal: controller.signal }).then(settle, (error: unknown) =>
      settle({ kind: 'network', error }),
    );
  });
}

/** Waits `ms`; resolves `false` at once if a signal aborts. */
function wait(ms: number, signals: readonly AbortSignal[]): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (completed: boolean): void => {
      clearTimeout(timer);
      for (const signal of signals) signal.removeEventListener('abort', onAbort);
      resolve(completed);
    };
    const onAbort = (): void => done(false);
    const timer = setTimeout(() => done(true), ms);
    for (const signal of signals) signal.addEventListener('abort', onAbort);
  });
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

function attemptCount(count: number): string {
  return count === 1 ? '1 attempt' : `${count} attempts`;
}

interface Fetched extends FetchedText {
  attempts: number;
}

async function request(url: string, policy: FetchPolicy): Promise<Fetched> {
  const timeoutMs =
    policy.timeoutMs !== undefined && Number.isFinite(policy.timeoutMs) && policy.timeoutMs > 0
      ? Math.min(policy.timeoutMs, maxTimerMs)
      : defaultTimeoutMs;
  const retries =
    policy.retries !== undefined && !Number.isNaN(policy.retries)
      ? Math.min(Math.max(Math.floor(policy.retries), 0), maxRetries)
      : defaultRetries;
  const backoffMs =
    policy.backoffMs !== undefined && Number.isFinite(policy.backoffMs) && policy.backoffMs >= 0
      ? policy.backoffMs
      : defaultBackoffMs;
  const signals = [policy.signal, policy.init?.signal].filter((signal) => signal != null);
  const fetchFn = policy.fetch ?? globalThis.fetch;
  const what = `${(policy.init?.method ?? 'GET').toUpperCase()} ${url}`;

  let attempts = 0;
  const aborted = (): FetchFailure =>
    new FetchFailure('aborted', `${what} was aborted after ${attemptCount(attempts)}`, { attempts });

  // Bounded: every pass makes one attempt, and the loop ends after 1 + retries (at most 6).
  for (;;) {
    if (signals.some((signal) => signal.aborted)) throw aborted();
    if (isOffline()) {
      throw new FetchFailure('offline', `${what} not sent: the browser is offline`, { attempts });
    }
    attempts += 1;
    const outcome = await attempt(fetchFn, url, policy.init, timeoutMs, signals);
    let failure: FetchFailure;
    let retryable = true;
    let retryAfterMs: number | undefined;
    switch (outcome.kind) {
      case 'aborted':
        throw aborted();
      case 'timeout':
        failure = new FetchFailure('timeout', `${what} timed out after ${timeoutMs} ms (${attemptCount(attempts)})`, {
          attempts,
        });
        break;
      case 'network':
        failure = new FetchFailure('network', `${what} failed: network error (${attemptCount(attempts)})`, {
          attempts,
          cause: outcome.error,
        });
        break;
      case 'response': {
        const { response, text } = outcome;
        const contentType = response.headers.get('content-type') ?? '';
        if (response.ok) {
          if (looksLikeHtmlDocument(text)) {
            throw new FetchFailure('not-data', `${what} answered ${response.status} with an HTML page, not data`, {
              attempts,
              status: response.status,
            });
          }
          return { text, contentType, status: response.status, url: response.url || url, attempts };
        }
        if (response.status === 429 || response.status === 503) {
          retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
        }
        retryable = isRetryableStatus(response.status);
        failure = new FetchFailure('http', `${what} answered HTTP ${response.status} (${attemptCount(attempts)})`, {
          attempts,
          status: response.status,
          body: text,
          retryAfterMs,
        });
        break;
      }
    }
    if (!retryable || attempts > retries) throw failure;
    if (!(await wait(retryAfterMs ?? retryDelay(attempts, backoffMs), signals))) throw aborted();
  }
}

/**
 * Fetches text with a per-attempt timeout, bounded retries with backoff and the caller's abort.
 * Rejects only with {@link FetchFailure}.
 */
export async function fetchText(url: string, policy: FetchPolicy = {}): Promise<FetchedText> {
  const { text, contentType, status, url: finalUrl } = await request(url, policy);
  return { text, contentType, status, url: finalUrl };
}

/** {@link fetchText}, then `JSON.parse`; a body that is not JSON fails with kind `not-data`. */
export async function fetchJson<T = unknown>(
  url: string,
  policy: FetchPolicy = {},
): Promise<{ data: T; status: number; url: string }> {
  const fetched = await request(url, policy);
  try {
    return { data: JSON.parse(fetched.text) as T, status: fetched.status, url: fetched.url };
  } catch (error) {
    throw new FetchFailure(
      'not-data',
      `${(policy.init?.method ?? 'GET').toUpperCase()} ${url} answered ${fetched.status} with a body that is not JSON`,
      { attempts: fetched.attempts, status: fetched.status, cause: error },
    );
  }
}
