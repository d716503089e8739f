import type { FieldProblems } from './validation.js';

/** `{endpoint}/threads/{thread}/comments`, the one route of the comments API the widget uses. */
export function commentsUrl(endpoint: string, thread: string): string {
  return `${endpoint.replace(/\/+$/, '')}/threads/${encodeURIComponent(thread)}/comments`;
}

/** A thread id the API accepts (`ThreadId` in openapi.json); `.` and `..` cannot be a URL path segment. */
export function isThreadId(value: string): boolean {
  return /^[A-Za-z0-9._~-]{1,128}$/.test(value) && value !== '.' && value !== '..';
}

/** What the comments API answered to a new comment. */
export interface Created {
  id: string;
  status: 'pending' | 'published';
}

export const sendFailureReasons = [
  'invalid',
  'closed',
  'rate-limited',
  'key-reused',
  'rejected',
  'server',
  'timeout',
  'offline',
  'network',
] as const;
export type SendFailureReason = (typeof sendFailureReasons)[number];

/** Why a comment was not accepted; also the detail of `pw-comment-error`. */
export interface SendFailure {
  reason: SendFailureReason;
  /** HTTP status, when the server answered. */
  status?: number;
  /** The server's error code (`invalid-fields`, `thread-closed`, `rate-limited` …). */
  code?: string;
  /** The server's own message, for the console and the host page. */
  message?: string;
  /** Per-field problems of a `400` (reason `invalid`). */
  fields?: FieldProblems;
  /** How long a `429` asked to wait, in ms. */
  retryAfterMs?: number;
}

export type SendResult = { ok: true; created: Created } | { ok: false; failure: SendFailure };
