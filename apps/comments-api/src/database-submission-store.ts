import { newCommentId } from './comment-id.js';
import type { CommentRepository } from './storage/repository.js';
import type { SubmissionStore } from './submission-store.js';

/**
 * Everything in one database transaction: the idempotency record, the rate-limit counter and the
 * comment are stored together or not at all, and a concurrent request with the key waits on the
 * database's lock.
 */
export class DatabaseSubmissionStore implements SubmissionStore {
  constructor(private readonly repository: CommentRepository) {}

  submit: SubmissionStore['submit'] = ({ key, fingerprint, now }, create) =>
    this.repository.transaction(async (tx) => {
      const earlier = await tx.claimIdempotencyKey(key, fingerprint, now);
      if (earlier) return { earlier };
      const created = await create(tx, newCommentId());
      await tx.saveIdempotentResponse(key, created);
      return { created };
    });
}
