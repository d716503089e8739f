import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';
import { messages } from './messages.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * An `onRequest` hook that lets through only `Authorization: Bearer <token>`. Both sides are
 * hashed first so the comparison takes the same time whatever the length or content of the guess.
 */
export function requireBearerToken(token: string) {
  const expected = digest(token);
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const presented = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? '')?.[1];
    if (presented === undefined || !timingSafeEqual(digest(presented), expected)) {
      throw new ApiError(401, 'unauthorized', messages.unauthorized, { headers: { 'www-authenticate': 'Bearer' } });
    }
  };
}
