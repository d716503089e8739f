import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { createdResponse, newCommentId } from '../comment-id.js';
import { idempotencyRetentionMs } from '../idempotency.js';
import type { RateLimitPolicy } from '../rate-limit.js';
import type { CommentRepository, IdempotencyRecord, StoredResponse } from '../storage/repository.js';
import type { IdempotentRequest, SubmissionStore } from '../submission-store.js';
import { RedisRateLimitCounter } from './rate-limit-counter.js';
import { claimScript, completeScript, releaseScript, takeOverScript } from './scripts.js';

/** Longer than a submission's database work can take (busy timeout and pool timeout are 5 s). */
export const defaultLeaseMs = 30_000;

/** An idempotency record in Redis; `response` is missing while the request holding it runs. */
interface RedisRecord {
  fingerprint: string;
  /** Chosen before the comment is written, so a crash after the commit can be recognised. */
  commentId: string;
  /** By the server's clock, like the database's `created_at`. */
  createdAt: number;
  /** Makes every record's JSON unique, so the scripts compare whole values. */
  owner: string;
  response?: StoredResponse;
}

interface Held {
  keys: [string, string];
  /** The record as written, which the scripts expect to find. */
  json: string;
  record: RedisRecord;
}

export interface RedisSubmissionStoreOptions {
  /** Prefix of every key, so databases sharing one Redis keep apart. */
  prefix: string;
  rateLimit: RateLimitPolicy;
  leaseMs?: number;
  /** Redis failed after the comment was committed; the answer is still sent (see `submit`). */
  onError?: (error: unknown) => void;
}

/**
 * Idempotency records and rate-limit counters in Redis; comments stay in the database.
 *
 * A request takes its key with SET NX (in a script): the record with the comment id it will use,
 * and a short lease that says it is alive. Requests with the same key wait while the lease lasts.
 * After the database commit the record gets its answer and keeps it 24 hours; a refused request
 * deletes it. If the process dies in between, the lease runs out and the next request with the key
 * looks for the recorded comment id in the database: found, it answers with it (the original
 * `201`); not found, it takes the key over with the same comment id, so even a request that was only
 * slow cannot store a second comment.
 */
export class RedisSubmissionStore implements SubmissionStore {
  private readonly counter: RedisRateLimitCounter;
  private readonly leaseMs: number;

  constructor(
    private readonly redis: Redis,
    private readonly repository: CommentRepository,
    private readonly options: RedisSubmissionStoreOptions,
  ) {
    this.counter = new RedisRateLimitCounter(redis, options.prefix, options.rateLimit);
    this.leaseMs = options.leaseMs ?? defaultLeaseMs;
  }

  keys(key: string): [string, string] {
    const record = `${this.options.prefix}idempotency:${key}`;
    return [record, `${record}:lease`];
  }

  submit: SubmissionStore['submit'] = async (request, create) => {
    const claim = await this.claim(request);
    if ('earlier' in claim) return claim;

    let created: StoredResponse;
    try {
      created = await this.repository.transaction((tx) =>
        create(
          {
            isThreadClosed: (thread) => tx.isThreadClosed(thread),
            findComment: (id) => tx.findComment(id),
            insertComment: (comment) => tx.insertComment(comment),
            // In the transaction, so the checks run in the same order as with the database; it
            // holds SQLite's write lock for one Redis round trip (2 s at worst, the command timeout).
            countPost: (client, windowStart) => this.counter.countPost(client, windowStart),
          },
          claim.record.commentId,
        ),
      );
    } catch (error) {
      // A refused request keeps no key. Should Redis not hear it, the lease runs out and the next
      // request finds no comment and takes the key over.
      await this.run(releaseScript, claim.keys, claim.json).catch(this.options.onError);
      throw error;
    }
    // Committed: the answer is sent even if Redis fails now, because the next request with the
    // key finds the comment by the id in the record and answers the same.
    await this.run(
      completeScript,
      claim.keys,
      claim.json,
      this.json({ ...claim.record, response: created }),
      idempotencyRetentionMs,
    ).catch(this.options.onError);
    return { created };
  };

  private async claim({ key, fingerprint, now }: IdempotentRequest): Promise<{ earlier: IdempotencyRecord } | Held> {
    const keys = this.keys(key);
    const hold = (commentId: string): Held => {
      const record = { fingerprint, commentId, createdAt: now, owner: randomBytes(12).toString('base64url') };
      return { keys, record, json: this.json(record) };
    };
    // Waiting is bounded by the lease; twice as long means something is wrong.
    const deadline = Date.now() + 2 * this.leaseMs;
    for (let attempt = 0; ; attempt += 1) {
      const fresh = hold(newCommentId());
      const [state, current] = (await this.run(
        claimScript,
        keys,
        fresh.json,
        fresh.record.owner,
        this.leaseMs,
        idempotencyRetentionMs,
      )) as [string, string | undefined];
      if (state === 'claimed') return fresh;
      if (state === 'found' && current !== undefined) {
        const found = JSON.parse(current) as RedisRecord;
        // Redis expires records by its own clock; this honours the server's clock too, like the database.
        if (found.createdAt < now - idempotencyRetentionMs) {
          if (await this.takeOver(current, fresh)) return fresh;
          continue;
        }
        if (found.response) return { earlier: this.earlier(found, found.response) };
        // Its holder died between taking the key and recording the answer: did it commit?
        if (await this.repository.findComment(found.commentId)) {
          const response = createdResponse(found.commentId);
          await this.run(completeScript, keys, current, this.json({ ...found, response }), idempotencyRetentionMs);
          return { earlier: this.earlier(found, response) };
        }
        const retry = hold(found.commentId);
        if (await this.takeOver(current, retry)) return retry;
        continue;
      }
      if (Date.now() > deadline) throw new Error('An idempotency key stayed in flight beyond its lease');
      await sleep(Math.min(5 * 2 ** attempt, 100));
    }
  }

  private async takeOver(expected: string, held: Held): Promise<boolean> {
    const taken = await this.run(
      takeOverScript,
      held.keys,
      expected,
      held.json,
      held.record.owner,
      this.leaseMs,
      idempotencyRetentionMs,
    );
    return taken === 1;
  }

  private earlier(record: RedisRecord, response: StoredResponse): IdempotencyRecord {
    return { fingerprint: record.fingerprint, response };
  }

  private json(record: RedisRecord): string {
    return JSON.stringify(record);
  }

  private run(script: string, [record, lease]: [string, string], ...args: (string | number)[]): Promise<unknown> {
    return this.redis.eval(script, 2, record, lease, ...args);
  }
}
