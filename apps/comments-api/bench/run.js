// `npm run bench`: autocannon against the built server on loopback, on SQLite, with the default
// configuration (info logs included) except for a rate limit high enough to let the POSTs through.
// Prints requests per second and latency percentiles per scenario. Not part of `npm test`.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const thread = 'bench-thread';
const threadSize = 500;

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Fills the thread through the API, as readers and moderators would: published comments, every
 * tenth with an official reply.
 * @param {string} url
 * @param {string} adminToken
 */
async function seed(url, adminToken) {
  /** @param {string} path @param {unknown} [body] @param {Record<string, string>} [headers] */
  const post = async (path, body, headers = {}) => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        authorization: `Bearer ${adminToken}`,
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`seeding: ${path} answered ${response.status}`);
    return /** @type {{ id: string }} */ (await response.json());
  };
  for (let index = 0; index < threadSize; index += 1) {
    const { id } = await post(
      `/threads/${thread}/comments`,
      {
        author: `Bạn đọc ${index}`,
        content: `Ý kiến số ${index} về bài viết: nội dung dài vừa phải, có dấu tiếng Việt và vài câu để giống một ý kiến thật.`,
        website: '',
      },
      { 'idempotency-key': randomUUID() },
    );
    await post(`/admin/comments/${id}/approve`);
    if (index % 10 === 0)
      await post(`/admin/comments/${id}/replies`, { author: 'Ban biên tập', content: 'Cảm ơn bạn.' });
  }
}

/** @param {string} url */
async function waitUntilHealthy(url) {
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * @param {string} title
 * @param {import('autocannon').Options} options
 */
async function measure(title, options) {
  const result = await autocannon({ connections, duration, ...options });
  return {
    scenario: title,
    'requests/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    requests: result.requests.total,
    'non-2xx': result.non2xx,
    errors: result.errors,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'comments-bench-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const adminToken = randomUUID();
const server = spawn(process.execPath, ['dist/server.js'], {
  env: {
    ...process.env,
    DATABASE_URL: `sqlite:${join(dir, 'comments.db')}`,
    HOST: '127.0.0.1',
    PORT: String(port),
    RATE_LIMIT_MAX: '1000000000',
    ADMIN_TOKEN: adminToken,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

try {
  await waitUntilHealthy(url);
  await seed(url, adminToken);
  const rows = [
    await measure(`GET a ${threadSize}-comment thread, first page (limit 10)`, {
      url: `${url}/threads/${thread}/comments`,
    }),
    await measure(`GET a ${threadSize}-comment thread, limit 50`, {
      url: `${url}/threads/${thread}/comments?limit=50`,
    }),
    await measure('POST a comment (new Idempotency-Key each)', {
      url,
      requests: [
        {
          method: 'POST',
          path: '/threads/bench-post/comments',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ author: 'Bạn đọc', content: 'Một ý kiến để đo tốc độ ghi.', website: '' }),
          // Called for every request: each one is a new comment, not a replay of the first.
          setupRequest: (request) => ({
            ...request,
            headers: { ...request.headers, 'idempotency-key': randomUUID() },
          }),
        },
      ],
    }),
  ];
  const queue = await fetch(`${url}/admin/comments?status=pending&limit=1`, {
    headers: { authorization: `Bearer ${adminToken}` },
  });
  const stored = /** @type {{ total: number }} */ (await queue.json()).total;
  console.log(
    `\nautocannon, ${connections} connections, ${duration} s each, SQLite (WAL, synchronous=FULL), Node ${process.version}`,
  );
  console.table(rows);
  console.log(`POST: ${rows[2]?.requests} requests answered, ${stored} comments stored (pending).`);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
}
