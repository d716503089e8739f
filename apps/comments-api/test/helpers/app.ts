import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach } from 'vitest';
import { type AppSettings, buildApp } from '../../src/app.js';
import { noBannedWords } from '../../src/banned-words.js';
import { defaultAllowedOrigins } from '../../src/config.js';
import type { LogDestination } from '../../src/logging.js';
import { loggerOptions } from '../../src/logging.js';
import type { CommentRepository, StoredComment } from '../../src/storage/repository.js';
import type { Engine, StateStore, TestDatabase } from './databases.js';
import { connectTestRedis, deleteRedisKeys, redisPrefix } from './redis.js';

export const adminToken = 'test-admin-token-0123456789';
export const bearer = { authorization: `Bearer ${adminToken}` };

export const defaultSettings: AppSettings = {
  allowedOrigins: defaultAllowedOrigins,
  adminToken,
  rateLimit: { max: 5, windowSeconds: 60 },
  maxCommentLength: 2000,
  trustProxy: false,
  bannedWords: noBannedWords,
};

/** A clock that moves only when a test moves it. */
export class TestClock {
  now = Date.UTC(2026, 10, 27, 8, 0, 0);
  readonly read = () => this.now;
  advance(milliseconds: number): void {
    this.now += milliseconds;
  }
}

export interface TestServer {
  app: FastifyInstance;
  repository: CommentRepository;
  clock: TestClock;
  database: TestDatabase;
  /** With the `redis` store: the client the apps use, and the prefix of this database's keys. */
  redis?: { client: Redis; prefix: string };
  /** The same database with another app (another instance, other settings). */
  another(settings?: Partial<AppSettings>): Promise<FastifyInstance>;
}

/**
 * A fresh database and app for every test, closed after it. Call inside a `describe`; read the
 * returned getter inside each `it`.
 */
export function useTestServer(
  engine: Engine,
  settings: Partial<AppSettings> = {},
  options: { logs?: LogDestination; store?: StateStore } = {},
): () => TestServer {
  let server: TestServer | undefined;
  const apps: FastifyInstance[] = [];
  beforeEach(async () => {
    const database = await engine.create();
    const repository = await database.open();
    const clock = new TestClock();
    const redis =
      options.store === 'redis'
        ? { client: await connectTestRedis(), prefix: await redisPrefix(repository) }
        : undefined;
    const build = async (overrides: Partial<AppSettings>) => {
      const app = await buildApp({
        repository,
        ...(redis ? { redis: redis.client } : {}),
        settings: { ...defaultSettings, ...settings, ...overrides },
        clock: clock.read,
        logger: options.logs ? loggerOptions('info', options.logs) : false,
      });
      apps.push(app);
      return app;
    };
    server = { app: await build({}), repository, clock, database, ...(redis ? { redis } : {}), another: build };
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
    if (server?.redis) {
      await deleteRedisKeys(server.redis.client, server.redis.prefix);
      await server.redis.client.quit();
    }
    await server?.database.drop();
    server = undefined;
  });
  return () => {
    if (!server) throw new Error('useTestServer: read the server inside a test');
    return server;
  };
}

export const newKey = () => randomUUID();

export const validComment = { author: 'Nguyễn Văn An', content: 'Bài viết rất hữu ích.', website: '' };

export function postComment(
  app: FastifyInstance,
  thread: string,
  body: object,
  { key = newKey(), headers = {} }: { key?: string | null; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/threads/${thread}/comments`,
    headers: { ...(key === null ? {} : { 'idempotency-key': key }), ...headers },
    payload: body,
  });
}

export function listComments(app: FastifyInstance, thread: string, query = ''): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url: `/threads/${thread}/comments${query}` });
}

export function moderate(app: FastifyInstance, id: string, action: 'approve' | 'reject') {
  return app.inject({ method: 'POST', url: `/admin/comments/${id}/${action}`, headers: bearer });
}

/** Posts a moderator's official reply to a comment. */
export function postOfficialReply(app: FastifyInstance, parent: string, payload: object) {
  return app.inject({ method: 'POST', url: `/admin/comments/${parent}/replies`, headers: bearer, payload });
}

/** Posts a comment and publishes it; returns its id. */
export async function publishComment(app: FastifyInstance, thread: string, body: object = validComment) {
  const posted = await postComment(app, thread, body);
  if (posted.statusCode !== 201) throw new Error(`post failed: ${posted.statusCode} ${posted.body}`);
  const { id } = posted.json<{ id: string }>();
  await moderate(app, id, 'approve');
  return id;
}

/** Stored comments for tests that need many of them without going through the rate limit. */
export function storedComments(thread: string, count: number, fields: Partial<StoredComment> = {}): StoredComment[] {
  return Array.from({ length: count }, (_, index) => {
    return {
      id: `seeded-${randomUUID()}`,
      thread,
      parentId: null,
      author: `Bạn đọc ${index + 1}`,
      email: null,
      content: `Ý kiến số ${index + 1}`,
      status: 'published',
      official: false,
      createdAt: Date.UTC(2026, 10, 1) + index * 60_000,
      ...fields,
    } satisfies StoredComment;
  });
}
