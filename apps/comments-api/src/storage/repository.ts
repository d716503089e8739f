// The storage contract both engines implement. Everything a request needs to be correct across
// several server instances (idempotency records, rate-limit counters, closed threads) lives behind
// it, so the servers themselves keep no state.

export const commentStatuses = ['pending', 'published', 'rejected'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

export interface StoredComment {
  id: string;
  thread: string;
  /** The top-level comment this one answers; replies are never nested deeper. */
  parentId: string | null;
  author: string;
  /** Never published; only moderators see it. */
  email: string | null;
  content: string;
  status: CommentStatus;
  official: boolean;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

/** One page in storage order; `next` is the position to continue after, `null` on the last page. */
export interface Page<Item> {
  items: Item[];
  next: number | null;
  total: number;
}

export interface PublishedComment extends StoredComment {
  replies: StoredComment[];
}

/** An answer kept under its `Idempotency-Key`, replayed for a retry of the same request. */
export interface StoredResponse {
  statusCode: number;
  body: unknown;
}

export interface IdempotencyRecord {
  fingerprint: string;
  response: StoredResponse;
}

/** The steps of one comment submission, run inside one database transaction. */
export interface SubmissionTransaction {
  /**
   * Takes the key for this transaction, or returns what an earlier, committed request stored under
   * it. A concurrent request with the same key waits until this transaction ends.
   */
  claimIdempotencyKey(key: string, fingerprint: string, now: number): Promise<IdempotencyRecord | undefined>;
  saveIdempotentResponse(key: string, response: StoredResponse): Promise<void>;
  /** Counts one more post by the client in the window and returns the count so far. */
  countPost(client: string, windowStart: number): Promise<number>;
  isThreadClosed(thread: string): Promise<boolean>;
  findComment(id: string): Promise<StoredComment | undefined>;
  insertComment(comment: StoredComment): Promise<void>;
}

export interface CommentRepository {
  readonly engine: 'sqlite' | 'postgres';
  /** Applies the migrations this database has not seen yet; safe when several instances start at once. */
  migrate(): Promise<void>;
  /** True when the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** A random secret shared by every instance through the database, created on first use. */
  sharedSecret(name: string): Promise<string>;
  /** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: (tx: SubmissionTransaction) => Promise<T>): Promise<T>;
  /** Published top-level comments of a thread, newest first, each with its published replies. */
  listPublished(thread: string, options: { before: number | null; limit: number }): Promise<Page<PublishedComment>>;
  /** Comments with a status across all threads, oldest first. */
  listByStatus(status: CommentStatus, options: { after: number | null; limit: number }): Promise<Page<StoredComment>>;
  findComment(id: string): Promise<StoredComment | undefined>;
  /** Returns false when there is no such comment. */
  setStatus(id: string, status: CommentStatus): Promise<boolean>;
  /** Inserts comments whose id is not stored yet (the demo seed, the benchmark); returns how many were new. */
  insertMissing(comments: StoredComment[]): Promise<number>;
  insertComment(comment: StoredComment): Promise<void>;
  closeThread(thread: string, now: number): Promise<void>;
  /** Forgets idempotency records created, and rate-limit windows started, before the given times. */
  deleteExpired(limits: { idempotencyBefore: number; rateWindowsBefore: number }): Promise<void>;
}
