// The contract: openapi.json is a valid OpenAPI 3.1 document, and what the widget sends and how it
// reads each answer match it. The stories' in-memory server is held to the same document.
import SwaggerParser from '@apidevtools/swagger-parser';
import { FetchFailure } from '@portal-widgets/core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commentsUrl, isThreadId } from '../src/api.js';
import { defaultPageSize, maxPageSize } from '../src/comment-box.js';
import { readCommentPage } from '../src/comments.js';
import { feedbackMessages } from '../src/feedback-messages.js';
import { problemText } from '../src/feedback.js';
import { fetchComments } from '../src/list-api.js';
import { sendComment } from '../src/send-api.js';
import { newComment, newIdempotencyKey } from '../src/submission.js';
import { fieldCodes, problemFields } from '../src/validation.js';
import { createCommentsServer } from '../stories/comments-server.js';

type Schema = Record<string, unknown>;
interface Operation {
  parameters?: { name: string; in: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<
    string,
    {
      description: string;
      content?: Record<string, { schema: Schema }>;
      headers?: Record<string, { required?: boolean; schema: Schema }>;
    }
  >;
}

const source = new URL('../openapi.json', import.meta.url);
const document = JSON.parse(readFileSync(source, 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

/** The part of Ajv 8 used here (the root `ajv` is eslint's Ajv 6, without JSON Schema 2020-12). */
interface ValidateFunction {
  (value: unknown): boolean;
  errors?: unknown;
}
interface Ajv {
  compile(schema: Schema): ValidateFunction;
  addFormat(name: string, check: (value: string) => boolean): unknown;
}

// The JSON Schema 2020-12 validator that swagger-parser itself depends on, so no other package is needed.
const requireFromParser = createRequire(createRequire(import.meta.url).resolve('@apidevtools/swagger-parser'));
const { default: Ajv2020 } = requireFromParser('ajv/dist/2020') as { default: new (options: object) => Ajv };

let dereferenced: typeof document;
let ajv: Ajv;

beforeAll(async () => {
  // validate() checks the document against the OpenAPI 3.1 schema and resolves every $ref.
  dereferenced = (await SwaggerParser.validate(structuredClone(document) as never)) as unknown as typeof document;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat(
    'date-time',
    (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value)),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const route = () => dereferenced.paths['/threads/{thread}/comments'] as Record<string, Operation>;
const post = () => route().post as Operation;
const get = () => route().get as Operation;

function validator(schema: Schema): ValidateFunction {
  return ajv.compile(schema);
}

function expectValid(schema: Schema, value: unknown): void {
  const validate = validator(schema);
  const ok = validate(value);
  expect(ok, JSON.stringify(validate.errors)).toBe(true);
}

/** Every documented answer: `GET /threads/{thread}/comments 200` and its response. */
function documentedResponses() {
  return Object.entries(dereferenced.paths).flatMap(([path, item]) =>
    (['get', 'post'] as const).flatMap((method) =>
      Object.entries(item[method]?.responses ?? {}).map(
        ([status, response]) => [`${method.toUpperCase()} ${path} ${status}`, status, response] as const,
      ),
    ),
  );
}

/** The object schemas inside a (dereferenced) schema, itself included. */
function objectSchemas(schema: Schema): Schema[] {
  const inner = [
    ...Object.values((schema.properties as Record<string, Schema> | undefined) ?? {}),
    ...(schema.items ? [schema.items as Schema] : []),
    ...(typeof schema.additionalProperties === 'object' ? [schema.additionalProperties as Schema] : []),
  ];
  return [...(schema.type === 'object' ? [schema] : []), ...inner.flatMap(objectSchemas)];
}

/** Whether the description of the answer names its error code, as every error description must. */
function namesCode(operation: Operation, status: string, body: unknown): boolean {
  const code = (body as { error?: { code?: string } }).error?.code;
  return code === undefined || Boolean(operation.responses[status]?.description.includes(`\`${code}\``));
}

function responseSchema(operation: Operation, status: string): Schema {
  const schema = operation.responses[status]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`no JSON schema for ${status}`);
  return schema;
}

describe('openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', () => {
    expect(dereferenced.paths['/threads/{thread}/comments']).toBeDefined();
    expect((document as unknown as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('names the error code of every answer with an error body in its description', () => {
    const errors = documentedResponses().filter(
      ([, , response]) => (response.content?.['application/json']?.schema.properties as Schema | undefined)?.error,
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter(([, , response]) => !/\(code `[a-z-]+`/.test(response.description))).toEqual([]);
  });

  it('declares the bearer challenge on every 401', () => {
    const unauthorized = documentedResponses().filter(([, status]) => status === '401');
    expect(unauthorized.length).toBeGreaterThan(0);
    for (const [name, , response] of unauthorized) {
      const challenge = response.headers?.['WWW-Authenticate'];
      expect(challenge?.required, name).toBe(true);
      expectValid(challenge?.schema as Schema, 'Bearer');
      expect(validator(challenge?.schema as Schema)('Basic'), name).toBe(false);
    }
  });

  it('closes every object in every answer: no property appears that the document does not name', () => {
    const open = documentedResponses().flatMap(([name, , response]) =>
      objectSchemas(response.content?.['application/json']?.schema ?? {})
        .filter((schema) => schema.additionalProperties === undefined)
        .map(() => name),
    );
    expect(open).toEqual([]);
  });

  it('takes the same thread ids as the widget', () => {
    const pattern = new RegExp(document.components.schemas.ThreadId?.pattern as string);
    for (const id of ['bai-1', 'tin-tuc.2026', '~a_b', 'x'.repeat(128), '.', '..', 'bài', 'a/b', '']) {
      const byDocument = pattern.test(id) && id.length >= 1 && id.length <= 128;
      expect(isThreadId(id), id).toBe(byDocument);
    }
  });
});

describe('what the widget sends', () => {
  it('POSTs to the documented route a body that is a NewComment, with a valid Idempotency-Key', async () => {
    const schema = post().requestBody?.content['application/json']?.schema as Schema;
    const keySchema = post().parameters?.find((parameter) => parameter.name === 'Idempotency-Key')?.schema as Schema;
    const fields = { author: '  Ngo\u0302 Thi\u0323 Hoa ', email: 'hoa@vidu.vn', content: 'Đề nghị 👍\nCảm ơn.' };
    const bodies = [
      newComment(fields, ''),
      newComment({ ...fields, email: '' }, '', 'captcha-token'),
      newComment(fields, 'http://spam.example/'),
    ];
    for (const body of bodies) {
      let sent: { url: string; init: RequestInit } | undefined;
      vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
        sent = { url, init };
        return Promise.resolve(new Response(JSON.stringify({ id: 'yk-1', status: 'pending' }), { status: 201 }));
      });
      const key = newIdempotencyKey();
      await sendComment(
        commentsUrl('https://a.gov.vn/api', 'bai-1'),
        JSON.stringify(body),
        key,
        new AbortController().signal,
      );
      expect(sent?.url).toBe('https://a.gov.vn/api/threads/bai-1/comments');
      expect(sent?.init.method).toBe('POST');
      expectValid(schema, JSON.parse(String(sent?.init.body)));
      expectValid(keySchema, (sent?.init.headers as Record<string, string>)['idempotency-key']);
    }
  });

  it('asks for pages within the documented limit', () => {
    const limit = get().parameters?.find((parameter) => parameter.name === 'limit')?.schema as Schema;
    expectValid(limit, defaultPageSize);
    expectValid(limit, maxPageSize);
    expect(validator(limit)(maxPageSize + 1)).toBe(false);
  });
});

describe('how the widget reads each answer', () => {
  // Every documented answer to POST, and what the reader is then told.
  const expected: Record<string, { body: unknown; headers?: Record<string, string>; reason: string }[]> = {
    '201': [{ body: { id: 'yk-1', status: 'pending' }, reason: 'created' }],
    '400': [
      {
        body: {
          error: {
            code: 'invalid-fields',
            message: 'Một số trường chưa hợp lệ.',
            fields: { content: { code: 'banned-words', message: 'Từ ngữ không phù hợp.' } },
          },
        },
        reason: 'invalid',
      },
      { body: { error: { code: 'idempotency-key-required', message: 'Thiếu khoá.' } }, reason: 'rejected' },
    ],
    '404': [{ body: { error: { code: 'parent-not-found', message: 'Không có.' } }, reason: 'rejected' }],
    '409': [{ body: { error: { code: 'thread-closed', message: 'Đã đóng.' } }, reason: 'closed' }],
    '413': [{ body: { error: { code: 'body-too-large', message: 'Quá lớn.' } }, reason: 'invalid' }],
    '422': [{ body: { error: { code: 'idempotency-key-reused', message: 'Trùng khoá.' } }, reason: 'key-reused' }],
    '429': [
      {
        body: { error: { code: 'rate-limited', message: 'Quá nhanh.' } },
        headers: { 'retry-after': '20' },
        reason: 'rate-limited',
      },
    ],
  };

  it('covers every status the document lists for POST', () => {
    expect(Object.keys(post().responses).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('reads a documented %s answer', async (status, cases) => {
    for (const { body, headers, reason } of cases) {
      expectValid(responseSchema(post(), status), body);
      expect(namesCode(post(), status, body), `${status} names its code`).toBe(true);
      for (const [name, value] of Object.entries(headers ?? {})) {
        const header = Object.entries(post().responses[status]?.headers ?? {}).find(
          ([documented]) => documented.toLowerCase() === name,
        );
        expect(header, `${status} documents ${name}`).toBeDefined();
        expectValid(header?.[1].schema as Schema, Number(value));
      }
      vi.stubGlobal('fetch', () =>
        Promise.resolve(new Response(JSON.stringify(body), { status: Number(status), headers })),
      );
      const result = await sendComment('/api/threads/a/comments', '{}', 'key-0123456789', new AbortController().signal);
      expect(result.ok ? 'created' : result.failure.reason).toBe(reason);
      if (!result.ok && status === '429') expect(result.failure.retryAfterMs).toBe(20_000);
    }
  });

  // Every documented answer to GET, and what the list then does.
  const listAnswers: Record<string, { body: unknown; outcome: string }> = {
    '200': { body: { items: [], nextCursor: null, total: 0 }, outcome: 'page' },
    '400': { body: { error: { code: 'invalid-request', message: 'Sai tham số.' } }, outcome: 'http 400, no retry' },
  };

  it('covers every status the document lists for GET', () => {
    expect(Object.keys(get().responses).sort()).toEqual(Object.keys(listAnswers).sort());
  });

  it.each(Object.entries(listAnswers))('reads a documented %s answer to GET', async (status, { body, outcome }) => {
    expectValid(responseSchema(get(), status), body);
    expect(namesCode(get(), status, body)).toBe(true);
    let requests = 0;
    vi.stubGlobal('fetch', () => {
      requests += 1;
      return Promise.resolve(new Response(JSON.stringify(body), { status: Number(status) }));
    });
    const read = await fetchComments('/api/threads/a/comments', { limit: 10, signal: new AbortController().signal })
      .then(() => 'page')
      .catch((error: unknown) =>
        error instanceof FetchFailure
          ? `${error.kind} ${error.status}, ${requests > 1 ? 'retried' : 'no retry'}`
          : error,
      );
    expect(read).toBe(outcome);
  });

  it('shows problems on exactly the fields the document can name, except the reply parent it never sends', () => {
    const errorBody = document.components.schemas.ErrorBody as {
      properties: { error: { properties: { fields: { propertyNames: { enum: string[] } } } } };
    };
    const documented = errorBody.properties.error.properties.fields.propertyNames.enum;
    expect([...problemFields, 'parentId'].sort()).toEqual([...documented].sort());
  });

  it('has its own wording, in both languages, for every documented field code', () => {
    const description = String(
      (document.components.schemas.FieldError as { properties: { code: Schema } }).properties.code.description,
    );
    // "`required`, `too-long`, … or `invalid`; clients show their own wording …": the codes come first.
    const documented = [...(description.split(';')[0] ?? '').matchAll(/`([a-z-]+)`/g)].map((match) => match[1]);
    expect([...fieldCodes].sort()).toEqual([...documented].sort());
    for (const language of ['vi', 'en'] as const) {
      const messages = feedbackMessages[language];
      const context = { messages, language, limit: 2000, over: 3 };
      for (const code of fieldCodes.filter((known) => known !== 'invalid')) {
        const field = code === 'invalid-email' ? 'email' : 'content';
        const text = problemText(field, { code, message: 'server wording' }, context);
        expect(text, `${language} ${code}`).not.toBe('server wording');
        expect(text, `${language} ${code}`).not.toBe(messages.fieldInvalid);
      }
      // `invalid` is whatever the server says it is: its message is shown.
      expect(problemText('author', { code: 'invalid', message: 'Tên có ký tự lạ' }, context)).toBe('Tên có ký tự lạ');
    }
  });

  it('reads every comment of a documented page', () => {
    const page = {
      items: [
        {
          id: 'yk-2',
          author: 'Lê Văn Tám',
          content: 'Đường xấu quá.\nĐề nghị sửa.',
          createdAt: '2026-11-27T08:00:00Z',
          replies: [
            {
              id: 'yk-3',
              author: 'Ban biên tập',
              content: 'Cảm ơn bạn.',
              createdAt: '2026-11-27T09:00:00Z',
              official: true,
            },
          ],
        },
        { id: 'yk-1', author: 'An', content: 'Hay.', createdAt: '2026-11-26T08:00:00.123+07:00', official: false },
      ],
      nextCursor: 'c2',
      total: 12,
    };
    expectValid(responseSchema(get(), '200'), page);
    const read = readCommentPage(page);
    expect(read?.dropped).toBe(0);
    expect(read?.items.map((item) => item.id)).toEqual(['yk-2', 'yk-1']);
    expect(read?.items[0]?.replies[0]?.official).toBe(true);
    expect(read?.nextCursor).toBe('c2');
    expect(read?.total).toBe(12);
  });
});

describe("the stories' in-memory server", () => {
  const thread = 'http://localhost/api/threads/bai-1/comments';
  const request = (body: unknown, key: string | null = newIdempotencyKey()) =>
    new Request(thread, {
      method: 'POST',
      headers: key === null ? {} : { 'idempotency-key': key },
      body: JSON.stringify(body),
    });
  const valid = { author: 'An', content: 'Chào', website: '' };

  async function expectDocumented(response: Response, operation: Operation): Promise<unknown> {
    const status = String(response.status);
    expect(Object.keys(operation.responses), `status ${status} is documented`).toContain(status);
    const body: unknown = await response.json();
    expectValid(responseSchema(operation, status), body);
    expect(namesCode(operation, status, body), `${status} names the code of ${JSON.stringify(body)}`).toBe(true);
    return body;
  }

  it('answers GET with documented pages', async () => {
    const server = createCommentsServer({
      comments: Array.from({ length: 3 }, (_, index) => ({
        id: `c${index}`,
        author: 'An',
        content: 'Nội dung',
        createdAt: '2026-11-27T08:00:00Z',
        replies: [
          {
            id: `r${index}`,
            author: 'Ban biên tập',
            content: 'Trả lời',
            createdAt: '2026-11-27T09:00:00Z',
            official: true,
          },
        ],
      })),
    });
    const first = (await expectDocumented(server.list(new Request(`${thread}?limit=2`)), get())) as {
      nextCursor: string;
    };
    expect(first.nextCursor).toBe('2');
    await expectDocumented(server.list(new Request(`${thread}?limit=2&cursor=2`)), get());
    await expectDocumented(server.list(new Request(`${thread}?limit=51`)), get());
  });

  it('answers POST as documented: created, replayed, invalid, reused key, missing key, closed, rate limited', async () => {
    const server = createCommentsServer({ bannedWords: ['lừa đảo'] });
    const key = newIdempotencyKey();
    const created = await expectDocumented(await server.post(request(valid, key)), post());
    expect(await expectDocumented(await server.post(request(valid, key)), post())).toEqual(created);
    // A retry with a fresh single-use CAPTCHA token is the same comment.
    const renewed = request({ ...valid, captchaToken: 'token-2' }, key);
    expect(await expectDocumented(await server.post(renewed), post())).toEqual(created);
    expect(server.received).toHaveLength(1);
    expect((await server.post(request({ ...valid, content: 'Khác' }, key))).status).toBe(422);
    const invalid = await server.post(request({ author: '', content: 'đồ lừa đảo', website: '' }));
    expect(invalid.status).toBe(400);
    expect(await expectDocumented(invalid, post())).toMatchObject({
      error: { fields: { author: { code: 'required' }, content: { code: 'banned-words' } } },
    });
    expect((await server.post(request(valid, null))).status).toBe(400);
    await expectDocumented(await server.post(request({ ...valid, website: 'http://spam' })), post());
    expect(server.received).toHaveLength(1);

    const closed = createCommentsServer({ closed: true });
    expect((await expectDocumented(await closed.post(request(valid)), post())) as object).toMatchObject({
      error: { code: 'thread-closed' },
    });
    const limited = await createCommentsServer({ failPostsWith: 429, retryAfterSeconds: 30 }).post(request(valid));
    expect(limited.headers.get('retry-after')).toBe('30');
    await expectDocumented(limited, post());
  });
});
