// Durability: every comment answered with 201 is in the database even if the server is killed
// with SIGKILL right after. Runs the real server as a child process on an SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminToken, validComment } from './helpers/app.js';
import { sqlite, type TestDatabase } from './helpers/databases.js';
import { type ServerProcess, startServer } from './helpers/server-process.js';

const thread = 'bai-viet-crash';
const batch = 40;

describe('a comment acknowledged with 201 survives kill -9 [sqlite]', () => {
  let database: TestDatabase;
  const servers: ServerProcess[] = [];
  beforeEach(async () => {
    database = await sqlite.create();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop('SIGKILL')));
    await database.drop();
  });

  const env = () => ({ DATABASE_URL: database.url, ADMIN_TOKEN: adminToken, RATE_LIMIT_MAX: '100000' });

  it('finds every acknowledged comment after a restart', async () => {
    const first = await startServer(env());
    servers.push(first);

    // The whole batch is in flight when the kill comes: only the answers received count.
    const acknowledged: string[] = [];
    let killed = false;
    const posts = Array.from({ length: batch }, async (_, index) => {
      try {
        const response = await fetch(`${first.url}/threads/${thread}/comments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `crash-test-${index}` },
          body: JSON.stringify({ ...validComment, content: `Ý kiến số ${index}` }),
        });
        if (response.status !== 201) throw new Error(`unexpected ${response.status}`);
        const { id } = (await response.json()) as { id: string };
        acknowledged.push(id);
        // Kill as soon as half the batch is acknowledged, while the rest is still being written.
        if (acknowledged.length === batch / 2 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      } catch (error) {
        if (!killed) throw error;
      }
    });
    await Promise.all(posts);
    expect(await first.stop()).toBeNull();
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(batch / 2);

    const second = await startServer(env());
    servers.push(second);
    const stored = new Set<string>();
    let cursor: string | null = null;
    do {
      const response = await fetch(`${second.url}/admin/comments?limit=100${cursor ? `&cursor=${cursor}` : ''}`, {
        headers: { authorization: `Bearer ${adminToken}` },
      });
      const page = (await response.json()) as { items: { id: string }[]; nextCursor: string | null };
      for (const item of page.items) stored.add(item.id);
      cursor = page.nextCursor;
    } while (cursor !== null);

    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });
});
