import type { FastifyInstance } from 'fastify';
import { type OpenApiDocument, routeSchema } from '../contract.js';
import type { CommentRepository } from '../storage/repository.js';

/** For load balancers and orchestrators: 503 while the database, or Redis when configured, cannot be reached. */
export function registerHealthRoute(
  app: FastifyInstance,
  {
    contract,
    repository,
    pingRedis,
  }: { contract: OpenApiDocument; repository: CommentRepository; pingRedis?: (() => Promise<boolean>) | undefined },
): void {
  app.get('/health', { schema: routeSchema(contract, 'get', '/health') }, async (_request, reply) => {
    const [database, redis] = await Promise.all([repository.ping(), pingRedis?.() ?? true]);
    return database && redis ? { status: 'ok' } : reply.code(503).send({ status: 'unavailable' });
  });
}
