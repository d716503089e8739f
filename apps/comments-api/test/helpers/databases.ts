import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import type { DatabaseTarget } from '../../src/config.js';
import { openRepository } from '../../src/storage/open-repository.js';
import type { CommentRepository } from '../../src/storage/repository.js';
import { redisUrl } from './redis.js';

/** PostgreSQL tests run when DATABASE_URL names a PostgreSQL server, and are reported as skipped otherwise. */
export const postgresUrl = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
  ? process.env.DATABASE_URL
  : undefined;

/** A fresh, empty database of one engine; `url` is its DATABASE_URL for a server process. */
export interface TestDatabase {
  target: DatabaseTarget;
  url: string;
  /** Opens (and migrates) a repository on it; every one opened is closed by `drop`. */
  open(): Promise<CommentRepository>;
  drop(): Promise<void>;
}

export interface Engine {
  name: 'sqlite' | 'postgres';
  available: boolean;
  create(): Promise<TestDatabase>;
}

function tracking(target: DatabaseTarget, url: string, cleanUp: () => Promise<void>): TestDatabase {
  const opened: CommentRepository[] = [];
  return {
    target,
    url,
    async open() {
      const repository = await openRepository(target);
      opened.push(repository);
      return repository;
    },
    async drop() {
      await Promise.all(opened.map((repository) => repository.close().catch(() => undefined)));
      await cleanUp();
    },
  };
}

export const sqlite: Engine = {
  name: 'sqlite',
  available: true,
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'comments-api-'));
    const path = join(dir, 'comments.db');
    return tracking({ engine: 'sqlite', path }, `sqlite:${path}`, async () =>
      rmSync(dir, { recursive: true, force: true }),
    );
  },
};

// Each test database is its own schema, reached through the connection's search_path, so test
// files running in parallel never see each other's rows.
const postgres: Engine = {
  name: 'postgres',
  available: postgresUrl !== undefined,
  async create() {
    if (!postgresUrl) throw new Error('DATABASE_URL is not a PostgreSQL URL');
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Pool({ connectionString: postgresUrl, max: 1 });
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(postgresUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return tracking({ engine: 'postgres', url: url.href }, url.href, async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    });
  },
};

export const engines: readonly Engine[] = [sqlite, postgres];

/** Declares the same tests once per engine; an unavailable engine's tests show up as skipped. */
export function describeEachEngine(title: string, body: (engine: Engine) => void): void {
  for (const engine of engines) {
    describe.skipIf(!engine.available)(`${title} [${engine.name}]`, () => body(engine));
  }
}

/**
 * Where idempotency records and rate-limit counters live: the database, or Redis as well (run when
 * REDIS_URL is set, reported as skipped when not).
 */
export type StateStore = 'database' | 'redis';

/** Declares the same tests per engine with the database's state, then with Redis's. */
export function describeEachStore(title: string, body: (engine: Engine, store: StateStore) => void): void {
  describeEachEngine(title, (engine) => body(engine, 'database'));
  for (const engine of engines) {
    describe.skipIf(!engine.available || redisUrl === undefined)(`${title} [${engine.name} + redis]`, () =>
      body(engine, 'redis'),
    );
  }
}
