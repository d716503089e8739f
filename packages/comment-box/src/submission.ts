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
 * The attempt for this body: the previous one's key when the body is the same (a retry, which the
 * server answers once), a new key when the reader changed anything (a new comment: reusing the key
 * would get `422`).
 */
export function attemptFor(body: NewComment, previous?: Attempt): Attempt {
  const serialised = JSON.stringify(body);
  return previous?.body === serialised ? previous : { key: newIdempotencyKey(), body: serialised };
}
