import type { LogLevel } from './config.js';

/** Where log lines go; tests pass a collector to check what would be written. */
export interface LogDestination {
  write(line: string): void;
}

// Logs never carry personal data: no client address, no URL (a thread id chosen by a site, or a
// stray query string, could hold anything), no headers (tokens), no bodies (names, e-mail
// addresses, comment text). The route template and the status say what happened.
const serializers = {
  req: (request: { method: string; routeOptions?: { url?: string } }) => ({
    method: request.method,
    route: request.routeOptions?.url ?? 'unmatched',
  }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
  // Driver errors may carry the offending values in extra properties such as pg's `detail`.
  err: (error: Error & { code?: unknown }) => ({
    type: error.name,
    code: error.code,
    message: error.message,
    stack: error.stack ?? '',
  }),
};

export function loggerOptions(level: LogLevel, destination?: LogDestination) {
  return { level, serializers, ...(destination ? { stream: destination } : {}) };
}
