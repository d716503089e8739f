import type { FastifyInstance } from 'fastify';
import { requireBearerToken } from '../admin-auth.js';
import type { Clock } from '../clock.js';
import { type OfficialReplyBody, validateOfficialReply } from '../comment-validation.js';
import { type OpenApiDocument, fastifyPath, routeSchema } from '../contract.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { ApiError, commentNotFound } from '../errors.js';
import { messages } from '../messages.js';
import { moderatedComment } from '../representations.js';
import type { CommentRepository, CommentStatus, StoredComment } from '../storage/repository.js';
import { newCommentId } from '../comment-id.js';

export interface ModerationRoutesOptions {
  contract: OpenApiDocument;
  repository: CommentRepository;
  clock: Clock;
  /** Moderation is disabled without it. */
  adminToken: string | undefined;
  maxCommentLength: number;
}

type CommentParams = { Params: { id: string } };

/** The moderators' routes behind the bearer token; all of `/admin` answers 404 when there is no token. */
export async function registerModerationRoutes(app: FastifyInstance, options: ModerationRoutesOptions): Promise<void> {
  const { contract, repository, clock, adminToken } = options;
  if (adminToken === undefined) {
    const disabled = async () => {
      throw new ApiError(404, 'moderation-disabled', messages.moderationDisabled);
    };
    app.all('/admin', disabled);
    app.all('/admin/*', disabled);
    return;
  }

  await app.register(async (admin) => {
    admin.addHook('onRequest', requireBearerToken(adminToken));
    // Moderation answers carry e-mail addresses: keep them out of every cache.
    admin.addHook('onSend', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });

    admin.get<{ Querystring: { status?: CommentStatus; cursor?: string; limit: number } }>(
      '/admin/comments',
      { schema: routeSchema(contract, 'get', '/admin/comments') },
      async (request) => {
        const page = await repository.listByStatus(request.query.status ?? 'pending', {
          after: decodeCursor(request.query.cursor),
          limit: request.query.limit,
        });
        return { items: page.items.map(moderatedComment), nextCursor: encodeCursor(page.next), total: page.total };
      },
    );

    for (const [action, status] of [
      ['approve', 'published'],
      ['reject', 'rejected'],
    ] as const) {
      const path = `/admin/comments/{id}/${action}`;
      admin.post<CommentParams>(fastifyPath(path), { schema: routeSchema(contract, 'post', path) }, async (request) => {
        if (!(await repository.setStatus(request.params.id, status))) throw commentNotFound();
        return { id: request.params.id, status };
      });
    }

    const repliesPath = '/admin/comments/{id}/replies';
    admin.post<CommentParams & { Body: OfficialReplyBody }>(
      fastifyPath(repliesPath),
      { schema: routeSchema(contract, 'post', repliesPath) },
      async (request, reply) => {
        const { author, content } = validateOfficialReply(request.body, { maxContentLength: options.maxCommentLength });
        const answered = await repository.findComment(request.params.id);
        if (!answered) throw commentNotFound();
        const official: StoredComment = {
          id: newCommentId(),
          thread: answered.thread,
          // One level of replies: answering a reply answers its top-level comment.
          parentId: answered.parentId ?? answered.id,
          author,
          email: null,
          content,
          status: 'published',
          official: true,
          createdAt: clock(),
        };
        await repository.insertComment(official);
        return reply.code(201).send({ id: official.id, status: official.status });
      },
    );

    const closePath = '/admin/threads/{thread}/close';
    admin.post<{ Params: { thread: string } }>(
      fastifyPath(closePath),
      { schema: routeSchema(contract, 'post', closePath) },
      async (request) => {
        await repository.closeThread(request.params.thread, clock());
        return { thread: request.params.thread, closed: true };
      },
    );
  });
}
