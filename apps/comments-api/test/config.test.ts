import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultAllowedOrigins, loadConfig } from '../src/config.js';
import { defaultSqlitePath } from '../src/paths.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8787,
      database: { engine: 'sqlite', path: defaultSqlitePath },
      allowedOrigins: defaultAllowedOrigins,
      adminToken: undefined,
      rateLimit: { max: 5, windowSeconds: 60 },
      maxCommentLength: 2000,
      trustProxy: false,
      seedDemo: false,
    });
    expect(defaultSqlitePath).toMatch(/apps\/comments-api\/data\/comments\.db$/);
    expect(defaultAllowedOrigins).toEqual(['http://localhost:6006', 'http://localhost:8080']);
  });

  it('reads DATABASE_URL as sqlite:<path> or postgres://…', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:./x/c.db' }).database).toEqual({
      engine: 'sqlite',
      path: resolve('x/c.db'),
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite:/var/lib/c.db' }).database).toEqual({
      engine: 'sqlite',
      path: '/var/lib/c.db',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db/comments' }).database).toEqual({
      engine: 'postgres',
      url: 'postgres://u:p@db/comments',
    });
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/comments' }).database.engine).toBe('postgres');
  });

  it('does not repeat a refused DATABASE_URL, which may contain a password', () => {
    const [problem] = problems({ DATABASE_URL: 'mysql://user:secret@db/comments' });
    expect(problem).toContain('DATABASE_URL');
    expect(problem).not.toContain('secret');
  });

  it('reads the other settings', () => {
    const config = loadConfig({
      PORT: '9000',
      ALLOWED_ORIGINS: 'https://www.tinh.gov.vn, https://tinh.gov.vn',
      ADMIN_TOKEN: 'a-long-enough-admin-token',
      RATE_LIMIT_MAX: '10',
      RATE_LIMIT_WINDOW: '300',
      MAX_COMMENT_LENGTH: '500',
      BANNED_WORDS_FILE: '/etc/comments/banned.txt',
      TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
      SEED_DEMO: '1',
    });
    expect(config).toMatchObject({
      port: 9000,
      allowedOrigins: ['https://www.tinh.gov.vn', 'https://tinh.gov.vn'],
      adminToken: 'a-long-enough-admin-token',
      rateLimit: { max: 10, windowSeconds: 300 },
      maxCommentLength: 500,
      bannedWordsFile: '/etc/comments/banned.txt',
      trustProxy: ['10.0.0.0/8', '127.0.0.1'],
      seedDemo: true,
    });
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
  });

  it('reports every invalid setting at once', () => {
    expect(
      problems({
        PORT: 'http',
        ALLOWED_ORIGINS: 'https://tinh.gov.vn/',
        ADMIN_TOKEN: 'short',
        RATE_LIMIT_MAX: '0',
        RATE_LIMIT_WINDOW: '-5',
        LOG_LEVEL: 'loud',
      }),
    ).toHaveLength(6);
  });

  it('reads REDIS_URL, and refuses another scheme without repeating the password', () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://:pa55@cache:6379/2' }).redisUrl).toBe('redis://:pa55@cache:6379/2');
    expect(loadConfig({ REDIS_URL: 'rediss://cache' }).redisUrl).toBe('rediss://cache');
    for (const wrong of ['http://:pa55@cache:6379', 'cache:6379', 'redis://']) {
      expect(() => loadConfig({ REDIS_URL: wrong }), wrong).toThrow(/REDIS_URL: expected redis:\/\//);
      expect(problems({ REDIS_URL: wrong }).join('\n')).not.toContain('pa55');
    }
  });
});
