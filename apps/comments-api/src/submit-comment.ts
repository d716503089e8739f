import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from './clock.js';
import type { ValidComment } from './comment-validation.js';
import { parentNotFound, rateLimited, threadClosed } from './errors.js';
import { fingerprintSubmission, replay } from './idempotency.js';
import { type RateLimitPolicy, rateWindow } from './rate-limit.js';
import type { CommentRepository, StoredComment, StoredResponse } from './storage/repository.js';

export interface Submission {
  thread: string;
  idempotencyKey: string;
  /** The rate-limit key of the client (see `clientKey`). */
  client: string;
  comment: ValidComment;
  /** The hidden `website` field was filled in: a bot. */
  honeypotFilled: boolean;
}

export const newCommentId = () => randomBytes(16).toString('base64url');

/**
 * A reader's comment, submitted for moderation. Every step runs in one transaction, so the
 * idempotency record, the rate-limit counter and the comment are stored together or not at all, and
 * a `201` is sent only after the commit. Refusals are thrown as `ApiError`s and roll back.
 */
export async function submitComment(
  repository: CommentRepository,
  { clock, rateLimit }: { clock: Clock; rateLimit: RateLimitPolicy },
  submission: Submission,
): Promise<StoredResponse> {
  const fingerprint = fingerprintSubmission(submission.thread, submission.comment);
  if (submission.honeypotFilled) return decoyResponse(submission.idempotencyKey, fingerprint);

  const now = clock();
  return repository.transaction(async (tx) => {
    const earlier = await tx.claimIdempotencyKey(submission.idempotencyKey, fingerprint, now);
    if (earlier) return replay(earlier, fingerprint);

    if (await tx.isThreadClosed(submission.thread)) throw threadClosed();
    const parentId = await resolveParent(submission, (id) => tx.findComment(id));

    const window = rateWindow(rateLimit, now);
    if ((await tx.countPost(submission.client, window.start)) > rateLimit.max) {
      throw rateLimited(window.retryAfterSeconds);
    }

    const comment: StoredComment = {
      id: newCommentId(),
      thread: submission.thread,
      ...submission.comment,
      parentId,
      status: 'pending',
      official: false,
      createdAt: now,
    };
    await tx.insertComment(comment);
    const response: StoredResponse = { statusCode: 201, body: { id: comment.id, status: comment.status } };
    await tx.saveIdempotentResponse(submission.idempotencyKey, response);
    return response;
  });
}

/**
 * Replies hang off top-level comments only (the contract has one level of replies), so a reply to
 * a reply joins its top-level comment.
 */
async function resolveParent(
  { thread, comment }: Submission,
  find: (id: string) => Promise<StoredComment | undefined>,
): Promise<string | null> {
  if (comment.parentId === null) return null;
  const parent = await find(comment.parentId);
  if (!parent || parent.thread !== thread || parent.status !== 'published') throw parentNotFound();
  return parent.parentId ?? parent.id;
}

/**
 * What a bot that filled the honeypot sees: a success like any other, stored nowhere. The id is
 * derived from the key so that its retries look consistent too.
 */
function decoyResponse(idempotencyKey: string, fingerprint: string): StoredResponse {
  const id = createHash('sha256').update(`${idempotencyKey}\n${fingerprint}`).digest().subarray(0, 16);
  return { statusCode: 201, body: { id: id.toString('base64url'), status: 'pending' } };
}
