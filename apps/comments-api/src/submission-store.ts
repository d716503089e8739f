import type { IdempotencyRecord, StoredResponse, SubmissionTransaction } from './storage/repository.js';

/** What creating a comment needs besides the idempotency record. */
export type SubmissionSteps = Pick<
  SubmissionTransaction,
  'isThreadClosed' | 'findComment' | 'countPost' | 'insertComment'
>;

export interface IdempotentRequest {
  key: string;
  fingerprint: string;
  now: number;
}

/** Either what an earlier request with the key kept (the caller compares fingerprints), or the new answer. */
export type SubmitOutcome = { earlier: IdempotencyRecord } | { created: StoredResponse };

/**
 * Where idempotency records and rate-limit counters live: the database (`DatabaseSubmissionStore`)
 * or Redis (`RedisSubmissionStore`); `buildApp` picks one. Both promise the same: `create` runs at
 * most once per key at a time, a request whose key is in flight waits for it, a `create` that
 * throws keeps no record, and the answer is kept only once the comment is committed.
 */
export interface SubmissionStore {
  submit(
    request: IdempotentRequest,
    create: (steps: SubmissionSteps, commentId: string) => Promise<StoredResponse>,
  ): Promise<SubmitOutcome>;
}
