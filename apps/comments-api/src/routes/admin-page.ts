import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { assetsDir } from '../paths.js';

// The page holds a moderator's token and shows untrusted comment text: nothing but its own script
// and styles may run or load, nothing may frame it, and no string may become HTML or script.
const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

const pageFiles = [
  ['/admin', 'admin.html', 'text/html; charset=utf-8'],
  ['/admin/moderation.js', 'moderation.js', 'text/javascript; charset=utf-8'],
  ['/admin/moderation.css', 'moderation.css', 'text/css; charset=utf-8'],
] as const;

/** The moderation page: static files that call the moderation routes with the token typed in. */
export function registerAdminPage(app: FastifyInstance): void {
  for (const [route, file, contentType] of pageFiles) {
    const body = readFileSync(join(assetsDir, file));
    app.get(route, async (_request, reply) =>
      reply
        .type(contentType)
        .header('content-security-policy', contentSecurityPolicy)
        .header('referrer-policy', 'no-referrer')
        .header('cache-control', 'no-cache')
        .send(body),
    );
  }
}
