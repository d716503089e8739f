import { FetchFailure, fetchJson } from '@portal-widgets/core';
import type { Created, SendFailure, SendFailureReason, SendResult } from './api.js';
import { problemFields, type FieldProblems } from './validation.js';

// Loaded on demand: when the reader first focuses the form, and at the latest on the first send.

type Shape = Record<string, unknown>;

const isShape = (value: unknown): value is Shape =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `{error:{code, message, fields?}}` body of an error answer; anything else reads as empty. */
export function readErrorBody(body: string | undefined): Pick<SendFailure, 'code' | 'message' | 'fields'> {
  let error: unknown;
  try {
    error = (JSON.parse(body ?? '') as Shape | null)?.error;
  } catch {
    return {};
  }
  if (!isShape(error)) return {};
  const read: Pick<SendFailure, 'code' | 'message' | 'fields'> = {};
  if (typeof error.code === 'string') read.code = error.code;
  if (typeof error.message === 'string') read.message = error.message;
  if (isShape(error.fields)) {
    const fields: FieldProblems = {};
    for (const name of problemFields) {
      const problem = error.fields[name];
      if (!isShape(problem) || typeof problem.code !== 'string') continue;
      fields[name] =
        typeof problem.message === 'string' ? { code: problem.code, message: problem.message } : { code: problem.code };
    }
    if (Object.keys(fields).length > 0) read.fields = fields;
  }
  return read;
}

/** The failure a status stands for; `400` with per-field problems is `invalid`, without them `rejected`. */
function failureOf(status: number, body: string | undefined, retryAfterMs: number | undefined): SendFailure {
  const error = readErrorBody(body);
  const failure = (reason: SendFailureReason): SendFailure => ({ reason, status, ...error });
  if (status === 400 && error.fields) return failure('invalid');
  // The body is larger than the server takes: the reader can fix it by shortening the comment.
  if (status === 413) return { ...failure('invalid'), fields: { content: { code: 'too-long' } } };
  if (status === 409) return failure('closed');
  if (status === 422) return failure('key-reused');
  if (status === 429)
    return retryAfterMs === undefined ? failure('rate-limited') : { ...failure('rate-limited'), retryAfterMs };
  if (status >= 500 || status === 408) return failure('server');
  return failure('rejected');
}

function isCreated(value: unknown): value is Created {
  return isShape(value) && typeof value.id === 'string' && (value.status === 'pending' || value.status === 'published');
}

/**
 * Sends a new comment. Never retries by itself: the reader sees what happened and resends with
 * the same key, so a `429` waits as long as the reader is told. Rejects only when `signal` aborts.
 */
export async function sendComment(
  url: string,
  body: string,
  idempotencyKey: string,
  signal: AbortSignal,
): Promise<SendResult> {
  try {
    const { data, status } = await fetchJson(url, {
      signal,
      retries: 0,
      timeoutMs: 15_000,
      init: {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body,
      },
    });
    if (isCreated(data)) return { ok: true, created: { id: data.id, status: data.status } };
    return { ok: false, failure: { reason: 'server', status, message: 'The answer is not {id, status}' } };
  } catch (error) {
    if (!(error instanceof FetchFailure)) throw error;
    switch (error.kind) {
      case 'aborted':
        throw error;
      case 'http':
        return { ok: false, failure: failureOf(error.status ?? 0, error.body, error.retryAfterMs) };
      case 'offline':
      case 'timeout':
        return { ok: false, failure: { reason: error.kind } };
      // A 2xx that is an HTML page is a captive portal: the comment never reached the server.
      case 'not-data':
      case 'network':
        return { ok: false, failure: { reason: 'network' } };
    }
  }
}
