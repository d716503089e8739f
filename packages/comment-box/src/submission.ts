import { toNFC } from '@portal-widgets/core';
import type { CommentFields } from './validation.js';

/** The body of `POST …/comments` (`NewComment` in openapi.json). */
export interface NewComment {
  author: string;
  email?: string;
  content: string;
  /** The honeypot: always sent, empty from a person. */
  website: string;
  captchaToken?: string;
}

/** The body to send: trimmed and in NFC, as the server counts it; empty optional fields left out. */
export function newComment(fields: CommentFields, honeypot: string, captchaToken?: string): NewComment {
  const body: NewComment = {
    author: toNFC(fields.author.trim()),
    content: toNFC(fields.content.trim()),
    website: honeypot,
  };
  const email = toNFC(fields.email.trim());
  if (email !== '') body.email = email;
  if (captchaToken) body.captchaToken = captchaToken;
  return body;
}

/** A comment on its way: its serialised body and the `Idempotency-Key` every retry of it reuses. */
export interface Attempt {
  key: string;
  body: string;
}

/** 32 hex digits from the CSPRNG (`crypto.randomUUID` exists only on HTTPS pages; many portals are not). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether a serialised body carries the same comment as `body`, as the comments API compares bodies
 * under one key: by what it stores (name, email, content, parent), not the single-use CAPTCHA
 * token a host page renews after each failure, nor the honeypot. The thread is not in the body: the
 * element drops its attempt when the thread changes.
 */
function sameComment(serialised: string, body: NewComment): boolean {
  const comment = (sent: NewComment) => JSON.stringify({ ...sent, captchaToken: undefined, website: undefined });
  try {
    return comment(JSON.parse(serialised) as NewComment) === comment(body);
  } catch {
    return false;
  }
}

/**
 * The attempt for this body: the previous one's key when the comment is the same (a retry, which
 * the server answers once, even with a new CAPTCHA token), a new key when the reader changed the
 * comment (a new comment: reusing the key would get `422`).
 */
export function attemptFor(body: NewComment, previous?: Attempt): Attempt {
  const serialised = JSON.stringify(body);
  return { key: previous && sameComment(previous.body, body) ? previous.key : newIdempotencyKey(), body: serialised };
}

/** Whether the fields still hold the comment `attempt` sent: false once the reader changed it while it was on its way. */
export function stillSent(fields: CommentFields, attempt: Attempt): boolean {
  return sameComment(attempt.body, newComment(fields, ''));
}
