import { createHash } from 'node:crypto';
import { idempotencyKeyReused } from './errors.js';
import type { ValidComment } from './comment-validation.js';
import type { IdempotencyRecord, StoredResponse } from './storage/repository.js';

/** The contract promises at least 24 hours. */
export const idempotencyRetentionMs = 24 * 60 * 60 * 1000;

/**
 * What makes two requests "the same body": the comment as it will be stored. A retry that differs
 * only in property order, Unicode normalisation or a fresh single-use CAPTCHA token is the same
 * comment and gets the original answer.
 */
export function fingerprintSubmission(thread: string, comment: ValidComment): string {
  const canonical = JSON.stringify([thread, comment.parentId, comment.author, comment.email, comment.content]);
  return createHash('sha256').update(canonical).digest('base64url');
}

/** The original answer for a retry, or `422` when the key was used for another comment. */
export function replay(record: IdempotencyRecord, fingerprint: string): StoredResponse {
  if (record.fingerprint !== fingerprint) throw idempotencyKeyReused();
  return record.response;
}
