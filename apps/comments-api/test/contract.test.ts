// The server's answers, checked against the OpenAPI document the comment box is built on. Every
// documented (operation, status) pair has a scenario below, and the last test checks that none is missing.
import Fastify from 'fastify';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyLimitFor } from '../src/app.js';
import { contractRef, readContract, routeSchema, sharedSchema } from '../src/contract.js';
import { bearer, postComment, publishComment, useTestServer, validComment, type TestServer } from './helpers/app.js';
import { describeEachEngine } from './helpers/databases.js';

const document = readContract();
const thread = 'bai-viet-1';

type Method = 'get' | 'post';
interface Scenario {
  method: Method;
  path: string;
  status: number;
  run(server: TestServer): Promise<LightMyRequestResponse>;
}

const comments = '/threads/{thread}/comments';
const approve = '/admin/comments/{id}/approve';
const reject = '/admin/comments/{id}/reject';
const replies = '/admin/comments/{id}/replies';
const close = '/admin/threads/{thread}/close';
const admin = (method: 'GET' | 'POST', url: string, payload?: object) => (server: TestServer) =>
  server.app.inject({ method, url, headers: bearer, ...(payload ? { payload } : {}) });
const withoutToken = (method: 'GET' | 'POST', url: string) => (server: TestServer) =>
  server.app.inject({ method, url });
const withModerationDisabled = (method: 'GET' | 'POST', url: string) => async (server: TestServer) =>
  (await server.another({ adminToken: undefined })).inject({ method, url, headers: bearer });

const scenarios: Scenario[] = [
  {
    method: 'get',
    path: comments,
    status: 200,
    async run(server) {
      const parent = await publishComment(server.app, thread);
      await admin('POST', `/admin/comments/${parent}/replies`, { author: 'Ban biên tập', content: 'Cảm ơn.' })(server);
      await publishComment(server.app, thread, { ...validComment, parentId: parent, email: 'a@b.vn' });
      await publishComment(server.app, thread);
      return server.app.inject({ method: 'GET', url: `/threads/${thread}/comments?limit=1` });
    },
  },
  {
    method: 'get',
    path: comments,
    status: 400,
    run: (s) => s.app.inject({ method: 'GET', url: `/threads/${thread}/comments?cursor=x` }),
  },
  { method: 'post', path: comments, status: 201, run: (s) => postComment(s.app, thread, validComment) },
  {
    method: 'post',
    path: comments,
    status: 400,
    run: (s) => postComment(s.app, thread, { ...validComment, author: ' ', email: 'x' }),
  },
  {
    method: 'post',
    path: comments,
    status: 404,
    run: (s) => postComment(s.app, thread, { ...validComment, parentId: 'khong-co' }),
  },
  {
    method: 'post',
    path: comments,
    status: 409,
    async run(server) {
      await admin('POST', `/admin/threads/${thread}/close`)(server);
      return postComment(server.app, thread, validComment);
    },
  },
  {
    method: 'post',
    path: comments,
    status: 413,
    run: (s) => postComment(s.app, thread, { ...validComment, content: 'x'.repeat(bodyLimitFor(2000)) }),
  },
  {
    method: 'post',
    path: comments,
    status: 422,
    async run(server) {
      await postComment(server.app, thread, validComment, { key: 'contract-key-1' });
      return postComment(server.app, thread, { ...validComment, content: 'Khác' }, { key: 'contract-key-1' });
    },
  },
  {
    method: 'post',
    path: comments,
    status: 429,
    async run(server) {
      const app = await server.another({ rateLimit: { max: 1, windowSeconds: 60 } });
      await postComment(app, thread, validComment);
      return postComment(app, thread, validComment);
    },
  },
  {
    method: 'get',
    path: '/admin/comments',
    status: 200,
    async run(server) {
      const top = await publishComment(server.app, thread);
      await postComment(server.app, thread, { ...validComment, parentId: top, email: 'ban.doc@example.vn' });
      await postComment(server.app, thread, validComment);
      return admin('GET', '/admin/comments?limit=1')(server);
    },
  },
  { method: 'get', path: '/admin/comments', status: 401, run: withoutToken('GET', '/admin/comments') },
  { method: 'get', path: '/admin/comments', status: 404, run: withModerationDisabled('GET', '/admin/comments') },
  ...(
    [
      [approve, 'approve'],
      [reject, 'reject'],
    ] as const
  ).flatMap(([path, action]): Scenario[] => [
    {
      method: 'post',
      path,
      status: 200,
      async run(server) {
        const { id } = (await postComment(server.app, thread, validComment)).json<{ id: string }>();
        return admin('POST', `/admin/comments/${id}/${action}`)(server);
      },
    },
    { method: 'post', path, status: 401, run: withoutToken('POST', `/admin/comments/abc/${action}`) },
    { method: 'post', path, status: 404, run: admin('POST', `/admin/comments/khong-co/${action}`) },
  ]),
  {
    method: 'post',
    path: replies,
    status: 201,
    async run(server) {
      const top = await publishComment(server.app, thread);
      return admin('POST', `/admin/comments/${top}/replies`, { author: 'Ban biên tập', content: 'Cảm ơn.' })(server);
    },
  },
  {
    method: 'post',
    path: replies,
    status: 400,
    async run(server) {
      const top = await publishComment(server.app, thread);
      return admin('POST', `/admin/comments/${top}/replies`, { author: '', content: '' })(server);
    },
  },
  { method: 'post', path: replies, status: 401, run: withoutToken('POST', '/admin/comments/abc/replies') },
  {
    method: 'post',
    path: replies,
    status: 404,
    run: admin('POST', '/admin/comments/khong-co/replies', { author: 'Ban biên tập', content: 'Cảm ơn.' }),
  },
  { method: 'post', path: close, status: 200, run: admin('POST', `/admin/threads/${thread}/close`) },
  { method: 'post', path: close, status: 401, run: withoutToken('POST', `/admin/threads/${thread}/close`) },
  { method: 'post', path: close, status: 404, run: withModerationDisabled('POST', `/admin/threads/${thread}/close`) },
  { method: 'get', path: '/health', status: 200, run: (s) => s.app.inject({ method: 'GET', url: '/health' }) },
  {
    method: 'get',
    path: '/health',
    status: 503,
    async run(server) {
      await server.repository.close();
      return server.app.inject({ method: 'GET', url: '/health' });
    },
  },
];

// A validator without the server's leniencies (no type coercion, no defaults filled in), with
// every error reported: the answers must match the document exactly.
let checker: FastifyInstance;
beforeAll(async () => {
  checker = Fastify({
    ajv: {
      customOptions: {
        coerceTypes: false,
        useDefaults: false,
        removeAdditional: false,
        allErrors: true,
        allowUnionTypes: true,
      },
    },
  });
  checker.addSchema(sharedSchema(document));
  // Fastify builds its validator compiler for the first route with a schema.
  checker.post('/', { schema: { body: contractRef('ErrorBody') } }, async () => null);
  await checker.ready();
});
afterAll(() => checker.close());

function responseSchema(method: Method, path: string, status: number): unknown {
  return (routeSchema(document, method, path).response as Record<string, unknown>)[String(status)];
}

function contractViolations(method: Method, path: string, response: LightMyRequestResponse): unknown[] | null {
  const schema = responseSchema(method, path, response.statusCode);
  if (schema === undefined) return [`status ${response.statusCode} is not documented`];
  const compile = checker.validatorCompiler;
  if (!compile) throw new Error('The checker has no validator compiler');
  const validate = compile({ schema, method: 'POST', url: '/', httpPart: 'body' });
  return validate(response.json()) ? null : (validate.errors ?? ['invalid']);
}

describeEachEngine('answers match the OpenAPI document', (engine) => {
  const server = useTestServer(engine);

  it.each(
    scenarios.map((scenario) => [scenario.method.toUpperCase(), scenario.path, scenario.status, scenario] as const),
  )('%s %s → %i', async (_method, _path, status, scenario) => {
    const response = await scenario.run(server());
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(contractViolations(scenario.method, scenario.path, response)).toBeNull();
    if (status === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    if (status === 401) expect(response.headers['www-authenticate']).toBe('Bearer');
  });
});

describe('the contract scenarios', () => {
  it('cover every response the document declares', () => {
    const declared = Object.entries(document.paths).flatMap(([path, item]) =>
      (['get', 'post'] as const).flatMap((method) =>
        Object.keys(item[method]?.responses ?? {}).map((status) => `${method.toUpperCase()} ${path} ${status}`),
      ),
    );
    const covered = new Set(scenarios.map((s) => `${s.method.toUpperCase()} ${s.path} ${s.status}`));
    expect(declared.filter((response) => !covered.has(response))).toEqual([]);
    expect(declared.length).toBe(covered.size);
  });

  it('catch a response that breaks the document', () => {
    const leaky = {
      items: [{ id: 'a', author: 'A', content: 'B', createdAt: '2026-11-27T08:00:00.000Z', email: 'x@y.vn' }],
      nextCursor: null,
      total: 1,
    };
    const fake = { statusCode: 200, json: () => leaky } as unknown as LightMyRequestResponse;
    expect(contractViolations('get', comments, fake)).not.toBeNull();
  });
});
