import { parseDate, toNFC } from '@portal-widgets/core';

/** A published reply under a comment, as the widget renders it. */
export interface Reply {
  id: string;
  author: string;
  /** Plain text, NFC; `\n` for line breaks. */
  content: string;
  /** ISO 8601. */
  createdAt: string;
  /** An official reply of the agency. */
  official: boolean;
}

/** A published comment with its published replies (oldest first). */
export interface Comment extends Reply {
  replies: Reply[];
}

/** One page of `GET …/comments`. */
export interface CommentPage {
  /** Newest first. */
  items: Comment[];
  /** Pass as `cursor` for the next page; `null` on the last one. */
  nextCursor: string | null;
  /** Published top-level comments in the thread, when the server says. */
  total?: number;
}

type Shape = Record<string, unknown>;

const isShape = (value: unknown): value is Shape =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readReply(value: unknown): Reply | undefined {
  if (!isShape(value)) return undefined;
  const { id, author, content, createdAt, official } = value;
  if (typeof id !== 'string' || id === '' || typeof content !== 'string' || typeof createdAt !== 'string') {
    return undefined;
  }
  if (parseDate(createdAt) === undefined) return undefined;
  return {
    id,
    // An official reply may leave the author to the widget ("Ban biên tập").
    author: typeof author === 'string' ? toNFC(author.trim()) : '',
    content: toNFC(content),
    createdAt,
    official: official === true,
  };
}

/** The items `read` accepts; the others are counted in `left.out`. */
function readEach<T>(values: readonly unknown[], read: (value: unknown) => T | undefined, left: { out: number }): T[] {
  const items = values.map(read).filter((item) => item !== undefined);
  left.out += values.length - items.length;
  return items;
}

function readComment(value: unknown, left: { out: number }): Comment | undefined {
  const comment = readReply(value);
  if (comment === undefined) return undefined;
  const replies = isShape(value) && Array.isArray(value.replies) ? value.replies : [];
  return { ...comment, replies: readEach(replies, readReply, left) };
}

/**
 * A comments page from untrusted JSON: `undefined` when it is not a page at all; comments and
 * replies without an id, content or a real date are left out (and counted in `dropped`) rather
 * than rendered broken.
 */
export function readCommentPage(data: unknown): (CommentPage & { dropped: number }) | undefined {
  if (!isShape(data) || !Array.isArray(data.items)) return undefined;
  const left = { out: 0 };
  const items = readEach(data.items, (value) => readComment(value, left), left);
  const page: CommentPage & { dropped: number } = {
    items,
    nextCursor: typeof data.nextCursor === 'string' && data.nextCursor !== '' ? data.nextCursor : null,
    dropped: left.out,
  };
  if (typeof data.total === 'number' && Number.isInteger(data.total) && data.total >= 0) page.total = data.total;
  return page;
}

/** The next page appended to the comments shown; a comment already shown (new ones shift pages) stays once. */
export function appendPage(shown: CommentPage, next: CommentPage): CommentPage {
  const seen = new Set(shown.items.map((comment) => comment.id));
  return {
    items: [...shown.items, ...next.items.filter((comment) => !seen.has(comment.id))],
    nextCursor: next.nextCursor,
    total: next.total ?? shown.total,
  };
}
