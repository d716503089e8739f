import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Pool, QueryResult, QueryResultRow } from 'pg';
import { postgresMigrations } from './postgres-migrations.js';
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

// Any constant works; it only has to be the same in every instance that migrates this database.
const migrationLockKey = 7_202_611;
const endOfList = Number.MAX_SAFE_INTEGER;

// Values pg sends as they are: `official` is a boolean, the comment ids of a page a text array.
type Parameter = string | number | boolean | null | string[];

/**
 * A pool or a client of it, through the one form of `query` this server uses: SQL text with
 * positional values. pg's own signature takes any values and returns `any` rows unless told.
 */
interface Queryable {
  query<Row extends QueryResultRow = Record<string, unknown>>(
    text: string,
    values?: Parameter[],
  ): Promise<QueryResult<Row>>;
}

export interface PostgresOptions {
  /** Errors of idle pooled connections (a database restart); without a listener they would crash the process. */
  onBackgroundError?: (error: Error) => void;
}

/** PostgreSQL through a `pg` pool; any number of server instances may share the database. */
export class PostgresRepository implements CommentRepository {
  readonly engine = 'postgres' as const;
  private readonly pool: Pool;
  /** The pool again, seen as `Queryable` so that every query's values and rows are typed. */
  private readonly db: Queryable;

  constructor(url: string, options: PostgresOptions = {}) {
    this.pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
    this.pool.on('error', (error) => options.onBackgroundError?.(error));
    this.db = this.pool;
  }

  private async inTransaction<T>(work: (client: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async migrate(): Promise<void> {
    await this.inTransaction(async (client) => {
      // Instances starting together take turns; the lock ends with the transaction.
      await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)',
      );
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      for (const migration of pendingMigrations(postgresMigrations, new Set(rows.map((row) => row.version)))) {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          Date.now(),
        ]);
      }
    });
  }

  async ping(): Promise<boolean> {
    try {
      await this.db.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  async sharedSecret(name: string): Promise<string> {
    await this.db.query('INSERT INTO shared_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
      name,
      randomBytes(32).toString('base64url'),
    ]);
    const { rows } = await this.db.query<{ value: string }>('SELECT value FROM shared_secrets WHERE name = $1', [name]);
    const row = rows[0];
    if (!row) throw new Error(`Shared secret ${name} missing after insert`);
    return row.value;
  }

  transaction<T>(work: (tx: SubmissionTransaction) => Promise<T>): Promise<T> {
    return this.inTransaction((client) => work(submissionSteps(client)));
  }

  async listPublished(
    thread: string,
    { before, limit }: { before: number | null; limit: number },
  ): Promise<Page<PublishedComment>> {
    const [{ rows }, count] = await Promise.all([
      this.db.query<CommentRow>(
        `SELECT ${commentColumns} FROM comments
         WHERE thread = $1 AND status = 'published' AND parent_id IS NULL AND seq < $2
         ORDER BY seq DESC LIMIT $3`,
        [thread, before ?? endOfList, limit + 1],
      ),
      this.db.query<{ total: string }>(
        `SELECT COUNT(*) AS total FROM comments WHERE thread = $1 AND status = 'published' AND parent_id IS NULL`,
        [thread],
      ),
    ]);
    const page = toPage(rows, limit, Number(count.rows[0]?.total ?? 0), toStoredComment);
    const replies = (
      await this.db.query<CommentRow>(
        `SELECT ${commentColumns} FROM comments WHERE parent_id = ANY($1) AND status = 'published' ORDER BY seq`,
        [page.items.map((comment) => comment.id)],
      )
    ).rows.map(toStoredComment);
    return {
      ...page,
      items: page.items.map((comment) => ({
        ...comment,
        replies: replies.filter((reply) => reply.parentId === comment.id),
      })),
    };
  }

  async listByStatus(
    status: CommentStatus,
    { after, limit }: { after: number | null; limit: number },
  ): Promise<Page<StoredComment>> {
    const [{ rows }, count] = await Promise.all([
      this.db.query<CommentRow>(
        `SELECT ${commentColumns} FROM comments WHERE status = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [status, after ?? 0, limit + 1],
      ),
      this.db.query<{ total: string }>('SELECT COUNT(*) AS total FROM comments WHERE status = $1', [status]),
    ]);
    return toPage(rows, limit, Number(count.rows[0]?.total ?? 0), toStoredComment);
  }

  findComment(id: string): Promise<StoredComment | undefined> {
    return findComment(this.db, id);
  }

  async setStatus(id: string, status: CommentStatus): Promise<boolean> {
    const result = await this.db.query('UPDATE comments SET status = $1 WHERE id = $2', [status, id]);
    return (result.rowCount ?? 0) > 0;
  }

  insertMissing(comments: StoredComment[]): Promise<number> {
    return this.inTransaction(async (client) => {
      let inserted = 0;
      for (const comment of comments) inserted += await insertComment(client, comment, { ifMissing: true });
      return inserted;
    });
  }

  async insertComment(comment: StoredComment): Promise<void> {
    await insertComment(this.db, comment);
  }

  async closeThread(thread: string, now: number): Promise<void> {
    await this.db.query(
      'INSERT INTO closed_threads (thread, closed_at) VALUES ($1, $2) ON CONFLICT (thread) DO NOTHING',
      [thread, now],
    );
  }

  async deleteExpired({
    idempotencyBefore,
    rateWindowsBefore,
  }: {
    idempotencyBefore: number;
    rateWindowsBefore: number;
  }) {
    await this.db.query('DELETE FROM idempotency_keys WHERE created_at < $1', [idempotencyBefore]);
    await this.db.query('DELETE FROM rate_limit_posts WHERE window_start < $1', [rateWindowsBefore]);
  }
}

async function findComment(db: Queryable, id: string): Promise<StoredComment | undefined> {
  const { rows } = await db.query<CommentRow>(`SELECT ${commentColumns} FROM comments WHERE id = $1`, [id]);
  return rows[0] && toStoredComment(rows[0]);
}

async function insertComment(db: Queryable, comment: StoredComment, { ifMissing = false } = {}): Promise<number> {
  const result = await db.query(
    `INSERT INTO comments (id, thread, parent_id, author, email, content, status, official, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ${ifMissing ? 'ON CONFLICT (id) DO NOTHING' : ''}`,
    [
      comment.id,
      comment.thread,
      comment.parentId,
      comment.author,
      comment.email,
      comment.content,
      comment.status,
      comment.official,
      comment.createdAt,
    ],
  );
  return result.rowCount ?? 0;
}

function submissionSteps(connection: Queryable): SubmissionTransaction {
  return {
    async claimIdempotencyKey(key, fingerprint, now): Promise<IdempotencyRecord | undefined> {
      // A concurrent transaction holding the same key makes this INSERT wait for its outcome: after
      // its commit the key is taken (and readable below), after its rollback the key is ours.
      for (;;) {
        const claimed = await connection.query(
          'INSERT INTO idempotency_keys (key, fingerprint, created_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING',
          [key, fingerprint, now],
        );
        if (claimed.rowCount === 1) return undefined;
        const { rows } = await connection.query<IdempotencyRow>(
          'SELECT fingerprint, response_status, response_body FROM idempotency_keys WHERE key = $1',
          [key],
        );
        // Gone again only if expiry deleted it in between: claim once more.
        if (rows[0]) return toIdempotencyRecord(rows[0]);
      }
    },
    async saveIdempotentResponse(key: string, response: StoredResponse) {
      await connection.query('UPDATE idempotency_keys SET response_status = $1, response_body = $2 WHERE key = $3', [
        response.statusCode,
        JSON.stringify(response.body),
        key,
      ]);
    },
    async countPost(client, windowStart) {
      const { rows } = await connection.query<{ posts: number }>(
        `INSERT INTO rate_limit_posts (client, window_start, posts) VALUES ($1, $2, 1)
         ON CONFLICT (client, window_start) DO UPDATE SET posts = rate_limit_posts.posts + 1
         RETURNING posts`,
        [client, windowStart],
      );
      return rows[0]?.posts ?? 1;
    },
    async isThreadClosed(thread) {
      const { rows } = await connection.query('SELECT 1 FROM closed_threads WHERE thread = $1', [thread]);
      return rows.length > 0;
    },
    findComment: (id) => findComment(connection, id),
    async insertComment(comment) {
      await insertComment(connection, comment);
    },
  };
}
