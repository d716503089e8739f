import cors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { BannedWords } from './banned-words.js';
import { type Clock, systemClock } from './clock.js';
import type { Config, TrustProxy } from './config.js';
import { type OpenApiDocument, readContract, sharedSchema } from './contract.js';
import { handleError, handleNotFound } from './error-handler.js';
import { DatabaseSubmissionStore } from './database-submission-store.js';
import type { loggerOptions } from './logging.js';
import { pingRedis } from './redis/connection.js';
import { RedisSubmissionStore } from './redis/submission-store.js';
import { registerAdminPage } from './routes/admin-page.js';
import { registerCommentRoutes } from './routes/comments.js';
import { registerHealthRoute } from './routes/health.js';
import { registerModerationRoutes } from './routes/moderation.js';
import type { CommentRepository } from './storage/repository.js';
import type { SubmissionStore } from './submission-store.js';

export type AppSettings = Pick<
  Config,
  'allowedOrigins' | 'adminToken' | 'rateLimit' | 'maxCommentLength' | 'trustProxy'
> & { bannedWords: BannedWords };

export interface AppOptions {
  repository: CommentRepository;
  /** Given (REDIS_URL is set): idempotency records and rate-limit counters live there. The caller closes it. */
  redis?: Redis;
  settings: AppSettings;
  clock?: Clock;
  logger?: ReturnType<typeof loggerOptions> | false;
  contract?: OpenApiDocument;
}

/**
 * The largest body a valid comment can need: every code point of the content written as a JSON
 * escaped surrogate pair (12 bytes), plus room for the other fields at their schema maxima.
 */
export const bodyLimitFor = (maxCommentLength: number) => 16 * 1024 + 12 * maxCommentLength;

/** Fastify accepts a hop count at run time but its types do not; a function says the same. */
function trustProxyOption(trustProxy: TrustProxy) {
  return typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy;
}

/**
 * Moderation actions take no body, yet many HTTP clients label every POST as JSON: an empty JSON
 * body is no body. Anything else goes to Fastify's own parser, with its prototype-poisoning checks.
 */
function acceptEmptyJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString();
    if (text === '') done(null, undefined);
    else parseJson(request, text, done);
  });
}

/**
 * The one place that decides where idempotency records and rate-limit counters live. Redis keys
 * carry a namespace kept in the database, so databases sharing one Redis never meet.
 */
async function submissionStore(
  app: FastifyInstance,
  { repository, redis, settings }: Pick<AppOptions, 'repository' | 'redis' | 'settings'>,
): Promise<SubmissionStore> {
  if (!redis) return new DatabaseSubmissionStore(repository);
  const namespace = (await repository.sharedSecret('redis-namespace')).slice(0, 16);
  return new RedisSubmissionStore(redis, repository, {
    prefix: `comments-api:${namespace}:`,
    rateLimit: settings.rateLimit,
    onError: (error) => app.log.warn({ err: error }, 'recording an idempotent answer in Redis failed'),
  });
}

/** The server without its listener, so tests drive it with `inject` and the entry point adds the rest. */
export async function buildApp({
  repository,
  redis,
  settings,
  clock = systemClock,
  logger = false,
  contract = readContract(),
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: bodyLimitFor(settings.maxCommentLength),
    // Fastify's router answers 404 for path parameters over 100 characters; thread ids may have
    // 128. A larger bound leaves the verdict on longer ones to the schema (400).
    routerOptions: { maxParamLength: 1024 },
    trustProxy: trustProxyOption(settings.trustProxy),
    ajv: {
      customOptions: {
        // The contract says `additionalProperties: false`: an unknown property is an error, not
        // silently dropped. Scalar coercion stays on because query strings arrive as text.
        removeAdditional: false,
        allowUnionTypes: true,
        // Every schema failure, not the first: a body missing `author` and `content` names both.
        allErrors: true,
      },
    },
  });
  app.addSchema(sharedSchema(contract));
  acceptEmptyJsonBodies(app);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
  });

  await app.register(cors, {
    origin: settings.allowedOrigins.includes('*') ? '*' : settings.allowedOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key'],
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });

  const common = { contract, repository, clock };
  registerHealthRoute(app, { ...common, pingRedis: redis && (() => pingRedis(redis)) });
  registerCommentRoutes(app, {
    ...common,
    store: await submissionStore(app, { repository, redis, settings }),
    rateLimit: settings.rateLimit,
    maxCommentLength: settings.maxCommentLength,
    bannedWords: settings.bannedWords,
    clientSecret: await repository.sharedSecret('rate-limit-client'),
  });
  await registerModerationRoutes(app, {
    ...common,
    adminToken: settings.adminToken,
    maxCommentLength: settings.maxCommentLength,
  });
  if (settings.adminToken !== undefined) registerAdminPage(app);
  return app;
}
