import type { FastifyInstance } from 'fastify';
import { type OpenApiDocument, routeSchema } from '../contract.js';
import type { CommentRepository } from '../storage/repository.js';

/** For load balancers and orchestrators: 503 while the database cannot be reached. */
export function registerHealthRoute(
  app: FastifyInstance,
  { contract, repository }: { contract: OpenApiDocument; repository: CommentRepository },
): void {
  app.get('/health', { schema: routeSchema(contract, 'get', '/health') }, async (_request, reply) =>
    (await repository.ping()) ? { status: 'ok' } : reply.code(503).send({ status: 'unavailable' }),
  );
}
