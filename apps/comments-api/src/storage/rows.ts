import type { CommentStatus, IdempotencyRecord, StoredComment } from './repository.js';

// Rows as both drivers return them: SQLite gives 0/1 for booleans, pg gives BIGINT as a string.
export interface CommentRow {
  seq: number | string;
  id: string;
  thread: string;
  parent_id: string | null;
  author: string;
  email: string | null;
  content: string;
  status: CommentStatus;
  official: boolean | number;
  created_at: number | string;
}

export interface IdempotencyRow {
  fingerprint: string;
  response_status: number | null;
  response_body: string | null;
}

export const commentColumns = 'seq, id, thread, parent_id, author, email, content, status, official, created_at';

export function toStoredComment(row: CommentRow): StoredComment {
  return {
    id: row.id,
    thread: row.thread,
    parentId: row.parent_id,
    author: row.author,
    email: row.email,
    content: row.content,
    status: row.status,
    official: Boolean(row.official),
    createdAt: Number(row.created_at),
  };
}

export function toIdempotencyRecord(row: IdempotencyRow): IdempotencyRecord {
  // Claims are written with their response in the same transaction, so a committed row has one.
  if (row.response_status === null || row.response_body === null) {
    throw new Error('Idempotency record without a response');
  }
  return {
    fingerprint: row.fingerprint,
    response: { statusCode: row.response_status, body: JSON.parse(row.response_body) as unknown },
  };
}

/** Splits `limit + 1` rows into a page: the extra row only says that there is a next page. */
export function toPage<Row extends { seq: number | string }, Item>(
  rows: Row[],
  limit: number,
  total: number,
  map: (row: Row) => Item,
): { items: Item[]; next: number | null; total: number } {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(map),
    next: rows.length > limit && last ? Number(last.seq) : null,
    total,
  };
}
