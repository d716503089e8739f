// The server's answers, checked against the OpenAPI document the comment box is built on: body,
// declared headers, and the error code named in the response's description. Every documented
// (operation, status) pair has a scenario below, and the last tests check that none is missing.
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
  /** Which of several answers with this status, when there are several. */
  detail?: string;
  run(server: TestServer): Promise<LightMyRequestResponse>;
}

/** The parts of a documented response that the server's routes do not need. */
interface DocumentedResponse {
  description: string;
  headers?: Record<string, { required?: boolean; schema: Record<string, unknown> }>;
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
const withModerationDisabled = (method: 'GET' | 'POST', url: string, payload?: object) => async (server: TestServer) =>
  (await server.another({ adminToken: undefined })).inject({
    method,
    url,
    headers: bearer,
    ...(payload ? { payload } : {}),
  });
const officialReply = { author: 'Ban biên tập', content: 'Cảm ơn.' };
const tooLarge = 'x'.repeat(bodyLimitFor(2000));

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
    detail: 'invalid fields',
    run: (s) => postComment(s.app, thread, { ...validComment, author: ' ', email: 'x' }),
  },
  {
    method: 'post',
    path: comments,
    status: 400,
    detail: 'bad thread',
    run: (s) => postComment(s.app, 'a!b', validComment),
  },
  {
    method: 'post',
    path: comments,
    status: 400,
    detail: 'no Idempotency-Key',
    run: (s) => postComment(s.app, thread, validComment, { key: null }),
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
    run: (s) => postComment(s.app, thread, { ...validComment, content: tooLarge }),
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
  ...(['status=spam', 'limit=101', 'cursor=x'] as const).map((query): Scenario => ({
    method: 'get',
    path: '/admin/comments',
    status: 400,
    detail: query,
    run: admin('GET', `/admin/comments?${query}`),
  })),
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
    { method: 'post', path, status: 400, run: admin('POST', `/admin/comments/khong.co/${action}`) },
    { method: 'post', path, status: 401, run: withoutToken('POST', `/admin/comments/abc/${action}`) },
    {
      method: 'post',
      path,
      status: 404,
      detail: 'no such comment',
      run: admin('POST', `/admin/comments/khong-co/${action}`),
    },
    {
      method: 'post',
      path,
      status: 404,
      detail: 'moderation disabled',
      run: withModerationDisabled('POST', `/admin/comments/abc/${action}`),
    },
  ]),
  {
    method: 'post',
    path: replies,
    status: 201,
    async run(server) {
      const top = await publishComment(server.app, thread);
      return admin('POST', `/admin/comments/${top}/replies`, officialReply)(server);
    },
  },
  {
    method: 'post',
    path: replies,
    status: 400,
    detail: 'invalid fields',
    async run(server) {
      const top = await publishComment(server.app, thread);
      return admin('POST', `/admin/comments/${top}/replies`, { author: '', content: '' })(server);
    },
  },
  {
    method: 'post',
    path: replies,
    status: 400,
    detail: 'bad id',
    run: admin('POST', '/admin/comments/khong.co/replies', officialReply),
  },
  { method: 'post', path: replies, status: 401, run: withoutToken('POST', '/admin/comments/abc/replies') },
  {
    method: 'post',
    path: replies,
    status: 404,
    detail: 'no such comment',
    run: admin('POST', '/admin/comments/khong-co/replies', officialReply),
  },
  {
    method: 'post',
    path: replies,
    status: 404,
    detail: 'moderation disabled',
    run: withModerationDisabled('POST', '/admin/comments/abc/replies', officialReply),
  },
  {
    method: 'post',
    path: replies,
    status: 413,
    async run(server) {
      const top = await publishComment(server.app, thread);
      return admin('POST', `/admin/comments/${top}/replies`, { ...officialReply, content: tooLarge })(server);
    },
  },
  { method: 'post', path: close, status: 200, run: admin('POST', `/admin/threads/${thread}/close`) },
  { method: 'post', path: close, status: 400, run: admin('POST', `/admin/threads/${'x'.repeat(129)}/close`) },
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

function documentedResponse(method: Method, path: string, status: number): DocumentedResponse | undefined {
  return document.paths[path]?.[method]?.responses[String(status)] as DocumentedResponse | undefined;
}

function violationsOf(schema: unknown, value: unknown): unknown[] {
  const compile = checker.validatorCompiler;
  if (!compile) throw new Error('The checker has no validator compiler');
  const validate = compile({ schema, method: 'POST', url: '/', httpPart: 'body' });
  return validate(value) ? [] : (validate.errors ?? ['invalid']);
}

/**
 * What in an answer breaks the document: a body outside the schema, a declared header missing
 * (when required) or outside its schema, an error code the description does not name.
 */
function contractViolations(
  method: Method,
  path: string,
  response: { statusCode: number; headers: LightMyRequestResponse['headers']; json(): unknown },
): unknown[] | null {
  const documented = documentedResponse(method, path, response.statusCode);
  if (documented === undefined) return [`status ${response.statusCode} is not documented`];
  const body: unknown = response.json();
  const violations = violationsOf(responseSchema(method, path, response.statusCode), body);
  for (const [name, header] of Object.entries(documented.headers ?? {})) {
    const value = response.headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required) violations.push(`header ${name} is missing`);
      continue;
    }
    // Header values are text; the document gives numbers as integers.
    violations.push(...violationsOf(header.schema, header.schema.type === 'integer' ? Number(value) : value));
  }
  const code = (body as { error?: { code?: unknown } }).error?.code;
  if (typeof code === 'string' && !documented.description.includes(`\`${code}\``)) {
    violations.push(`code ${code} is not named in the description of ${response.statusCode}`);
  }
  return violations.length > 0 ? violations : null;
}

describeEachEngine('answers match the OpenAPI document', (engine) => {
  const server = useTestServer(engine);

  it.each(
    scenarios.map(
      (scenario) =>
        [
          scenario.method.toUpperCase(),
          scenario.path,
          scenario.status,
          scenario.detail ? ` (${scenario.detail})` : '',
          scenario,
        ] as const,
    ),
  )('%s %s → %i%s', async (_method, _path, status, _detail, scenario) => {
    const response = await scenario.run(server());
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(contractViolations(scenario.method, scenario.path, response)).toBeNull();
    // The document leaves Retry-After optional for other servers; this one always sends it.
    if (status === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
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
    expect(contractViolations('get', comments, { statusCode: 200, headers: {}, json: () => leaky })).not.toBeNull();
    const chatty = { statusCode: 200, headers: {}, json: () => ({ status: 'ok', uptime: 12 }) };
    expect(contractViolations('get', '/health', chatty)).not.toBeNull();
  });

  it('catch a missing challenge and an error code the description does not name', () => {
    const unauthorized = { error: { code: 'unauthorized', message: 'Thiếu mã.' } };
    expect(contractViolations('post', close, { statusCode: 401, headers: {}, json: () => unauthorized })).toEqual([
      'header WWW-Authenticate is missing',
    ]);
    expect(
      contractViolations('post', close, {
        statusCode: 401,
        headers: { 'www-authenticate': 'Basic' },
        json: () => unauthorized,
      }),
    ).not.toBeNull();
    const unnamed = { error: { code: 'invalid-query', message: 'Sai tham số.' } };
    expect(contractViolations('get', comments, { statusCode: 400, headers: {}, json: () => unnamed })).toEqual([
      'code invalid-query is not named in the description of 400',
    ]);
  });
});
