import type { Migration } from './migration.js';

export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'comments, closed threads, idempotency records, rate-limit counters',
    sql: `
      CREATE TABLE comments (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        thread TEXT NOT NULL,
        parent_id TEXT REFERENCES comments (id),
        author TEXT NOT NULL,
        email TEXT,
        content TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'published', 'rejected')),
        official BOOLEAN NOT NULL DEFAULT FALSE,
        created_at BIGINT NOT NULL
      );
      CREATE INDEX comments_published_top_level ON comments (thread, seq)
        WHERE status = 'published' AND parent_id IS NULL;
      CREATE INDEX comments_replies ON comments (parent_id, seq) WHERE parent_id IS NOT NULL;
      CREATE INDEX comments_by_status ON comments (status, seq);

      CREATE TABLE closed_threads (
        thread TEXT PRIMARY KEY,
        closed_at BIGINT NOT NULL
      );

      CREATE TABLE idempotency_keys (
        key TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        response_status INTEGER,
        response_body TEXT,
        created_at BIGINT NOT NULL
      );
      CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);

      CREATE TABLE rate_limit_posts (
        client TEXT NOT NULL,
        window_start BIGINT NOT NULL,
        posts INTEGER NOT NULL,
        PRIMARY KEY (client, window_start)
      );

      CREATE TABLE shared_secrets (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
];
