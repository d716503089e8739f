import type { FastifyInstance } from 'fastify';
import type { BannedWords } from '../banned-words.js';
import type { Clock } from '../clock.js';
import { type NewCommentBody, validateNewComment } from '../comment-validation.js';
import { type OpenApiDocument, fastifyPath, routeSchema } from '../contract.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { type RateLimitPolicy, clientKey } from '../rate-limit.js';
import { publicComment } from '../representations.js';
import type { CommentRepository } from '../storage/repository.js';
import { submitComment } from '../submit-comment.js';
import type { SubmissionStore } from '../submission-store.js';

export interface CommentRoutesOptions {
  contract: OpenApiDocument;
  repository: CommentRepository;
  /** Where idempotency records and rate-limit counters live. */
  store: SubmissionStore;
  clock: Clock;
  rateLimit: RateLimitPolicy;
  maxCommentLength: number;
  bannedWords: BannedWords;
  /** Secret for the rate-limit key of a client address, shared by every instance. */
  clientSecret: string;
}

const path = '/threads/{thread}/comments';

/** The public routes the comment box calls. */
export function registerCommentRoutes(app: FastifyInstance, options: CommentRoutesOptions): void {
  const { contract, repository } = options;

  app.get<{ Params: { thread: string }; Querystring: { cursor?: string; limit: number } }>(
    fastifyPath(path),
    { schema: routeSchema(contract, 'get', path) },
    async (request) => {
      const page = await repository.listPublished(request.params.thread, {
        before: decodeCursor(request.query.cursor),
        limit: request.query.limit,
      });
      return { items: page.items.map(publicComment), nextCursor: encodeCursor(page.next), total: page.total };
    },
  );

  app.post<{ Params: { thread: string }; Headers: { 'idempotency-key': string }; Body: NewCommentBody }>(
    fastifyPath(path),
    { schema: routeSchema(contract, 'post', path) },
    async (request, reply) => {
      const comment = validateNewComment(request.body, {
        maxContentLength: options.maxCommentLength,
        bannedWords: options.bannedWords,
      });
      const response = await submitComment(options.store, options, {
        thread: request.params.thread,
        idempotencyKey: request.headers['idempotency-key'],
        client: clientKey(options.clientSecret, request.ip),
        comment,
        honeypotFilled: request.body.website.trim() !== '',
      });
      return reply.code(response.statusCode).send(response.body);
    },
  );
}
