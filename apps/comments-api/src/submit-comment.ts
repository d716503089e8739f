import { createHash } from 'node:crypto';
import type { Clock } from './clock.js';
import { createdResponse } from './comment-id.js';
import type { ValidComment } from './comment-validation.js';
import { parentNotFound, rateLimited, threadClosed } from './errors.js';
import { fingerprintSubmission, replay } from './idempotency.js';
import { type RateLimitPolicy, rateWindow } from './rate-limit.js';
import type { StoredComment, StoredResponse } from './storage/repository.js';
import type { SubmissionStore } from './submission-store.js';

export interface Submission {
  thread: string;
  idempotencyKey: string;
  /** The rate-limit key of the client (see `clientKey`). */
  client: string;
  comment: ValidComment;
  /** The hidden `website` field was filled in: a bot. */
  honeypotFilled: boolean;
}

/**
 * A reader's comment, submitted for moderation. The store runs it once per idempotency key and
 * sends nothing before the comment is committed; refusals are thrown as `ApiError`s and keep no
 * record (see `SubmissionStore`).
 */
export async function submitComment(
  store: SubmissionStore,
  { clock, rateLimit }: { clock: Clock; rateLimit: RateLimitPolicy },
  submission: Submission,
): Promise<StoredResponse> {
  const fingerprint = fingerprintSubmission(submission.thread, submission.comment);
  if (submission.honeypotFilled) return decoyResponse(submission.idempotencyKey, fingerprint);

  const now = clock();
  const outcome = await store.submit({ key: submission.idempotencyKey, fingerprint, now }, async (steps, commentId) => {
    if (await steps.isThreadClosed(submission.thread)) throw threadClosed();
    const parentId = await resolveParent(submission, (id) => steps.findComment(id));

    const window = rateWindow(rateLimit, now);
    if ((await steps.countPost(submission.client, window.start)) > rateLimit.max) {
      throw rateLimited(window.retryAfterSeconds);
    }

    const comment: StoredComment = {
      id: commentId,
      thread: submission.thread,
      ...submission.comment,
      parentId,
      status: 'pending',
      official: false,
      createdAt: now,
    };
    await steps.insertComment(comment);
    return createdResponse(comment.id);
  });
  return 'earlier' in outcome ? replay(outcome.earlier, fingerprint) : outcome.created;
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
