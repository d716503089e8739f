// An in-memory comments API that follows openapi.json: the stories answer the widget with it
// through MSW, and test/openapi.test.ts checks its answers against the document.

export interface ServerReply {
  id: string;
  author: string;
  content: string;
  createdAt: string;
  official?: boolean;
}

export interface ServerComment extends ServerReply {
  replies?: ServerReply[];
}

export interface CommentsServerOptions {
  /** Published comments, newest first. */
  comments?: ServerComment[];
  /** The thread takes no more comments: every POST answers 409. */
  closed?: boolean;
  /** Longest comment in characters (default 2000). */
  maxLength?: number;
  /** Words that get a comment refused with `banned-words`. */
  bannedWords?: string[];
  /** Status of accepted comments: `pending` (moderated, the default) or `published`. */
  acceptAs?: 'pending' | 'published';
  /** Answer every POST with this status instead (429, 500, 503…). */
  failPostsWith?: number;
  /** Answer every GET with this status instead. */
  failListWith?: number;
  /** `Retry-After` seconds sent with a 429. */
  retryAfterSeconds?: number;
}

export interface CommentsServer {
  list(request: Request): Response;
  post(request: Request): Promise<Response>;
  /** Comments accepted so far (pending ones included), newest first. */
  readonly received: ServerComment[];
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const error = (status: number, code: string, message: string, fields?: Record<string, unknown>): Response =>
  json({ error: fields ? { code, message, fields } : { code, message } }, status);

const count = (text: string): number => [...text.normalize('NFC')].length;

/** A body as the API compares it under one key: the comment it would store, without the single-use CAPTCHA token. */
function fingerprint(text: string): string {
  try {
    const { author, email, content, parentId } = JSON.parse(text) as Record<string, unknown>;
    return JSON.stringify(
      [author, email, content, parentId].map((field) =>
        typeof field === 'string' ? field.trim().normalize('NFC') : field,
      ),
    );
  } catch {
    return text;
  }
}

export function createCommentsServer(options: CommentsServerOptions = {}): CommentsServer {
  const published: ServerComment[] = [...(options.comments ?? [])];
  const received: ServerComment[] = [];
  const answered = new Map<string, { body: string; status: number; answer: unknown }>();
  const maxLength = options.maxLength ?? 2000;
  let nextId = 1;

  function list(request: Request): Response {
    if (options.failListWith) return error(options.failListWith, 'unavailable', 'Máy chủ đang bảo trì.');
    const query = new URL(request.url).searchParams;
    const limit = Number(query.get('limit') ?? '10');
    const offset = Number(query.get('cursor') ?? '0');
    if (!Number.isInteger(limit) || limit < 1 || limit > 50 || !Number.isInteger(offset) || offset < 0) {
      return error(400, 'invalid-request', 'Tham số cursor hoặc limit không hợp lệ.');
    }
    const items = published.slice(offset, offset + limit);
    const next = offset + limit < published.length ? String(offset + limit) : null;
    return json({ items, nextCursor: next, total: published.length });
  }

  async function post(request: Request): Promise<Response> {
    const key = request.headers.get('idempotency-key') ?? '';
    if (!/^[\x21-\x7e]{8,255}$/.test(key)) {
      return error(400, 'idempotency-key-required', 'Thiếu hoặc sai tiêu đề Idempotency-Key.');
    }
    const text = await request.text();
    const earlier = answered.get(key);
    if (earlier) {
      return earlier.body === fingerprint(text)
        ? json(earlier.answer, earlier.status)
        : error(422, 'idempotency-key-reused', 'Khoá này đã dùng cho một ý kiến khác.');
    }
    if (options.failPostsWith === 429) {
      const retry: Record<string, string> =
        options.retryAfterSeconds === undefined ? {} : { 'retry-after': String(options.retryAfterSeconds) };
      return json({ error: { code: 'rate-limited', message: 'Gửi quá nhiều.' } }, 429, retry);
    }
    if (options.failPostsWith) return error(options.failPostsWith, 'unavailable', 'Máy chủ đang bảo trì.');
    if (options.closed) return error(409, 'thread-closed', 'Bài viết đã ngừng nhận ý kiến.');

    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return error(400, 'invalid-request', 'Nội dung yêu cầu không phải JSON.');
    }
    const author = typeof body.author === 'string' ? body.author.trim().normalize('NFC') : '';
    const content = typeof body.content === 'string' ? body.content.trim().normalize('NFC') : '';
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    const fields: Record<string, { code: string; message: string }> = {};
    if (author === '') fields.author = { code: 'required', message: 'Hãy nhập họ và tên.' };
    else if (count(author) > 100) fields.author = { code: 'too-long', message: 'Họ và tên quá dài.' };
    if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      fields.email = { code: 'invalid-email', message: 'Email không hợp lệ.' };
    }
    if (content === '') fields.content = { code: 'required', message: 'Hãy nhập ý kiến.' };
    else if (count(content) > maxLength) fields.content = { code: 'too-long', message: 'Ý kiến quá dài.' };
    else if ((options.bannedWords ?? []).some((word) => content.toLowerCase().includes(word))) {
      fields.content = { code: 'banned-words', message: 'Ý kiến có từ ngữ không phù hợp.' };
    }
    if (Object.keys(fields).length > 0) return error(400, 'invalid-fields', 'Một số trường chưa hợp lệ.', fields);

    const status = options.acceptAs ?? 'pending';
    const answer = { id: `yk-${nextId++}`, status };
    // A filled honeypot gets the same answer, and nothing is stored.
    if (body.website === '') {
      const comment = { id: answer.id, author, content, createdAt: new Date().toISOString() };
      received.unshift(comment);
      if (status === 'published') published.unshift(comment);
    }
    answered.set(key, { body: fingerprint(text), status: 201, answer });
    return json(answer, 201);
  }

  return { list, post, received };
}
