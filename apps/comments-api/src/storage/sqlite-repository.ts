import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { pendingMigrations } from './migration.js';
import type {
  CommentRepository,
  CommentStatus,
  IdempotencyRecord,
  Page,
  PublishedComment,
  StoredComment,
  StoredResponse,
  SubmissionTransaction,
} from './repository.js';
import {
  type CommentRow,
  type IdempotencyRow,
  commentColumns,
  toIdempotencyRecord,
  toPage,
  toStoredComment,
} from './rows.js';
import { sqliteMigrations } from './sqlite-migrations.js';

// Another process (a second instance on the same file) may hold the write lock this long.
const busyTimeoutMs = 5000;
// Larger than any position, so the first page needs no separate query.
const endOfList = Number.MAX_SAFE_INTEGER;

// What better-sqlite3 binds; it rejects booleans, so `official` is stored as 0 or 1.
type Parameter = string | number | bigint | Buffer | null;
// id, thread, parent_id, author, email, content, status, official, created_at
type CommentParameters = [string, string, string | null, string, string | null, string, CommentStatus, 0 | 1, number];

/**
 * SQLite through better-sqlite3, in WAL mode with `synchronous = FULL`: a transaction is on disk
 * when COMMIT returns, so a comment answered with 201 survives a crash of the process or the machine.
 *
 * better-sqlite3 is synchronous, but the submission logic is shared with PostgreSQL and awaits each
 * step; every operation therefore runs through one queue so that no other request's statements run
 * on this connection in the middle of a transaction.
 */
export class SqliteRepository implements CommentRepository {
  readonly engine = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement<Parameter[], unknown>>();
  private tail: Promise<unknown> = Promise.resolve();
  private readonly submission: SubmissionTransaction;

  constructor(path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path, { timeout: busyTimeoutMs });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.submission = this.submissionSteps();
  }

  /** A cached prepared statement; the caller names its parameters and, for reads, its row. */
  private statement<Params extends Parameter[] = [], Row = unknown>(sql: string): Database.Statement<Params, Row> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<Parameter[], unknown>(sql);
      this.statements.set(sql, statement);
    }
    return statement as Database.Statement<Params, Row>;
  }

  private serialise<T>(work: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }

  // IMMEDIATE takes the write lock at BEGIN, so two processes never both read and then both write.

  /** Synchronous work holds the lock for no longer than it runs. */
  private inTransaction<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /**
   * The shared submission logic awaits each step. Its steps never wait for I/O here, so the lock is
   * held only across microtasks; the queue keeps this connection's other work out meanwhile.
   */
  private async inAsyncTransaction<T>(work: () => Promise<T>): Promise<T> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  migrate(): Promise<void> {
    return this.serialise(() =>
      this.inTransaction(() => {
        this.db.exec(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)',
        );
        const applied = new Set(
          this.db
            .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
            .all()
            .map((row) => row.version),
        );
        for (const migration of pendingMigrations(sqliteMigrations, applied)) {
          this.db.exec(migration.sql);
          this.db
            .prepare<[number, string, number]>(
              'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
            )
            .run(migration.version, migration.name, Date.now());
        }
      }),
    );
  }

  ping(): Promise<boolean> {
    return this.serialise(() => this.statement('SELECT 1').get() !== undefined).catch(() => false);
  }

  async close(): Promise<void> {
    await this.serialise(() => {
      if (this.db.open) this.db.close();
    });
  }

  sharedSecret(name: string): Promise<string> {
    return this.serialise(() => {
      this.statement<[string, string]>(
        'INSERT INTO shared_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING',
      ).run(name, randomBytes(32).toString('base64url'));
      const row = this.statement<[string], { value: string }>('SELECT value FROM shared_secrets WHERE name = ?').get(
        name,
      );
      if (!row) throw new Error(`Shared secret ${name} missing after insert`);
      return row.value;
    });
  }

  transaction<T>(work: (tx: SubmissionTransaction) => Promise<T>): Promise<T> {
    return this.serialise(() => this.inAsyncTransaction(() => work(this.submission)));
  }

  private submissionSteps(): SubmissionTransaction {
    return {
      claimIdempotencyKey: async (key, fingerprint, now): Promise<IdempotencyRecord | undefined> => {
        const claimed = this.statement<[string, string, number]>(
          'INSERT INTO idempotency_keys (key, fingerprint, created_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
        ).run(key, fingerprint, now);
        if (claimed.changes === 1) return undefined;
        const row = this.statement<[string], IdempotencyRow>(
          'SELECT fingerprint, response_status, response_body FROM idempotency_keys WHERE key = ?',
        ).get(key);
        if (!row) throw new Error('Idempotency record vanished inside a transaction');
        return toIdempotencyRecord(row);
      },
      saveIdempotentResponse: async (key: string, response: StoredResponse) => {
        this.statement<[number, string, string]>(
          'UPDATE idempotency_keys SET response_status = ?, response_body = ? WHERE key = ?',
        ).run(response.statusCode, JSON.stringify(response.body), key);
      },
      countPost: async (client, windowStart) => {
        const row = this.statement<[string, number], { posts: number }>(
          `INSERT INTO rate_limit_posts (client, window_start, posts) VALUES (?, ?, 1)
           ON CONFLICT (client, window_start) DO UPDATE SET posts = posts + 1
           RETURNING posts`,
        ).get(client, windowStart);
        return row?.posts ?? 1;
      },
      isThreadClosed: async (thread) =>
        this.statement<[string]>('SELECT 1 FROM closed_threads WHERE thread = ?').get(thread) !== undefined,
      findComment: async (id) => this.findCommentNow(id),
      insertComment: async (comment) => {
        this.insertCommentNow(comment);
      },
    };
  }

  private findCommentNow(id: string): StoredComment | undefined {
    const row = this.statement<[string], CommentRow>(`SELECT ${commentColumns} FROM comments WHERE id = ?`).get(id);
    return row && toStoredComment(row);
  }

  private insertCommentNow(comment: StoredComment, { ifMissing = false } = {}): number {
    return this.statement<CommentParameters>(
      `INSERT INTO comments (id, thread, parent_id, author, email, content, status, official, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ${ifMissing ? 'ON CONFLICT (id) DO NOTHING' : ''}`,
    ).run(
      comment.id,
      comment.thread,
      comment.parentId,
      comment.author,
      comment.email,
      comment.content,
      comment.status,
      comment.official ? 1 : 0,
      comment.createdAt,
    ).changes;
  }

  listPublished(thread: string, { before, limit }: { before: number | null; limit: number }) {
    return this.serialise((): Page<PublishedComment> => {
      const rows = this.statement<[string, number, number], CommentRow>(
        `SELECT ${commentColumns} FROM comments
         WHERE thread = ? AND status = 'published' AND parent_id IS NULL AND seq < ?
         ORDER BY seq DESC LIMIT ?`,
      ).all(thread, before ?? endOfList, limit + 1);
      const total = this.statement<[string], { total: number }>(
        `SELECT COUNT(*) AS total FROM comments WHERE thread = ? AND status = 'published' AND parent_id IS NULL`,
      ).get(thread);
      const page = toPage(rows, limit, total?.total ?? 0, toStoredComment);
      const replies = this.statement<[string], CommentRow>(
        `SELECT ${commentColumns} FROM comments
         WHERE parent_id IN (SELECT value FROM json_each(?)) AND status = 'published'
         ORDER BY seq`,
      )
        .all(JSON.stringify(page.items.map((comment) => comment.id)))
        .map(toStoredComment);
      return {
        ...page,
        items: page.items.map((comment) => ({
          ...comment,
          replies: replies.filter((reply) => reply.parentId === comment.id),
        })),
      };
    });
  }

  listByStatus(status: CommentStatus, { after, limit }: { after: number | null; limit: number }) {
    return this.serialise((): Page<StoredComment> => {
      const rows = this.statement<[CommentStatus, number, number], CommentRow>(
        `SELECT ${commentColumns} FROM comments WHERE status = ? AND seq > ? ORDER BY seq LIMIT ?`,
      ).all(status, after ?? 0, limit + 1);
      const total = this.statement<[CommentStatus], { total: number }>(
        'SELECT COUNT(*) AS total FROM comments WHERE status = ?',
      ).get(status);
      return toPage(rows, limit, total?.total ?? 0, toStoredComment);
    });
  }

  findComment(id: string): Promise<StoredComment | undefined> {
    return this.serialise(() => this.findCommentNow(id));
  }

  setStatus(id: string, status: CommentStatus): Promise<boolean> {
    return this.serialise(() => {
      const { changes } = this.statement<[CommentStatus, string]>('UPDATE comments SET status = ? WHERE id = ?').run(
        status,
        id,
      );
      return changes > 0;
    });
  }

  insertMissing(comments: StoredComment[]): Promise<number> {
    return this.serialise(() =>
      this.inTransaction(() =>
        comments.reduce((inserted, comment) => inserted + this.insertCommentNow(comment, { ifMissing: true }), 0),
      ),
    );
  }

  insertComment(comment: StoredComment): Promise<void> {
    return this.serialise(() => {
      this.insertCommentNow(comment);
    });
  }

  closeThread(thread: string, now: number): Promise<void> {
    return this.serialise(() => {
      this.statement<[string, number]>(
        'INSERT INTO closed_threads (thread, closed_at) VALUES (?, ?) ON CONFLICT (thread) DO NOTHING',
      ).run(thread, now);
    });
  }

  deleteExpired({ idempotencyBefore, rateWindowsBefore }: { idempotencyBefore: number; rateWindowsBefore: number }) {
    return this.serialise(() => {
      this.statement<[number]>('DELETE FROM idempotency_keys WHERE created_at < ?').run(idempotencyBefore);
      this.statement<[number]>('DELETE FROM rate_limit_posts WHERE window_start < ?').run(rateWindowsBefore);
    });
  }
}
