import { isAbsolute, resolve } from 'node:path';
import { defaultSqlitePath } from './paths.js';

export type DatabaseTarget = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

/** Fastify's `trustProxy`: off, on (trust every hop), a hop count, or the proxies' addresses/CIDRs. */
export type TrustProxy = boolean | number | string[];

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  /** Origins allowed to call the public routes from a browser; `['*']` allows any. */
  allowedOrigins: string[];
  /** Moderation is disabled (its routes answer 404) without it. */
  adminToken: string | undefined;
  rateLimit: { max: number; windowSeconds: number };
  maxCommentLength: number;
  bannedWordsFile: string | undefined;
  trustProxy: TrustProxy;
  logLevel: LogLevel;
  seedDemo: boolean;
  /** Idempotency records and rate-limit counters go to this Redis when set; comments stay in the database. */
  redisUrl: string | undefined;
  /** Settings that were accepted but change nothing, to be logged at start. */
  warnings: string[];
}

/** The local Storybook and the demo portal: the only embedding sites of a development setup. */
export const defaultAllowedOrigins = ['http://localhost:6006', 'http://localhost:8080'];
const minAdminTokenLength = 16;

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Env = Record<string, string | undefined>;

/** Reads the environment; every problem is reported at once so an operator fixes them in one go. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const warnings: string[] = [];
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === '' ? undefined : raw;
  };
  const integer = (name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const parsed = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!(parsed >= min && parsed <= max)) {
      problems.push(`${name}=${raw}: expected a whole number from ${min} to ${max}`);
      return fallback;
    }
    return parsed;
  };

  const adminToken = value('ADMIN_TOKEN');
  if (adminToken !== undefined && adminToken.length < minAdminTokenLength) {
    problems.push(
      `ADMIN_TOKEN is shorter than ${minAdminTokenLength} characters; use a random one, e.g. \`openssl rand -hex 32\``,
    );
  }

  const logLevel = value('LOG_LEVEL') ?? 'info';
  if (!(logLevels as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL=${logLevel}: expected one of ${logLevels.join(', ')}`);
  }

  const config: Config = {
    port: integer('PORT', 8787, 0, 65535),
    host: value('HOST') ?? 'localhost',
    database: parseDatabaseUrl(value('DATABASE_URL'), problems),
    allowedOrigins: parseOrigins(value('ALLOWED_ORIGINS'), problems),
    adminToken,
    rateLimit: { max: integer('RATE_LIMIT_MAX', 5, 1), windowSeconds: integer('RATE_LIMIT_WINDOW', 60, 1) },
    maxCommentLength: integer('MAX_COMMENT_LENGTH', 2000, 1, 100_000),
    bannedWordsFile: value('BANNED_WORDS_FILE'),
    trustProxy: parseTrustProxy(value('TRUST_PROXY')),
    logLevel: logLevel as LogLevel,
    seedDemo: ['1', 'true', 'yes'].includes(value('SEED_DEMO')?.toLowerCase() ?? ''),
    redisUrl: parseRedisUrl(value('REDIS_URL'), problems),
    warnings,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function parseDatabaseUrl(raw: string | undefined, problems: string[]): DatabaseTarget {
  if (raw === undefined) return { engine: 'sqlite', path: defaultSqlitePath };
  if (/^postgres(ql)?:\/\//i.test(raw)) return { engine: 'postgres', url: raw };
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length);
    if (path !== '') return { engine: 'sqlite', path: isAbsolute(path) ? path : resolve(path) };
  }
  // The URL may hold a password: name the accepted forms, not the value.
  problems.push('DATABASE_URL: expected sqlite:<path> or postgres://…');
  return { engine: 'sqlite', path: defaultSqlitePath };
}

function parseRedisUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '') return raw;
  // Like DATABASE_URL: the value may hold a password.
  problems.push('REDIS_URL: expected redis://[user:password@]host[:port][/db] or rediss://…');
  return undefined;
}

function parseOrigins(raw: string | undefined, problems: string[]): string[] {
  if (raw === undefined) return defaultAllowedOrigins;
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (origin === '*') continue;
    let normalised: string | undefined;
    try {
      normalised = new URL(origin).origin;
    } catch {
      normalised = undefined;
    }
    if (normalised !== origin) {
      problems.push(`ALLOWED_ORIGINS: "${origin}" is not an origin like https://www.example.gov.vn (no path, no /)`);
    }
  }
  return origins;
}

function parseTrustProxy(raw: string | undefined): TrustProxy {
  if (raw === undefined || raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
}
