import { fetchJson } from '@portal-widgets/core';
import { appendPage, readCommentPage, type CommentPage } from './comments.js';

// Loaded on demand, with the list's rendering, while the first page is requested.

/** Loads one page of published comments, newest first. Rejects with a `FetchFailure` or an `Error`. */
export async function fetchComments(
  url: string,
  options: { limit: number; cursor?: string | null; signal: AbortSignal },
): Promise<CommentPage & { dropped: number }> {
  const query = new URLSearchParams({ limit: String(options.limit) });
  if (options.cursor) query.set('cursor', options.cursor);
  const { data } = await fetchJson(`${url}?${query}`, {
    signal: options.signal,
    init: { headers: { accept: 'application/json' } },
  });
  const page = readCommentPage(data);
  if (page === undefined) throw new Error(`GET ${url} answered with something that is not a page of comments`);
  return page;
}

/**
 * The first page, or the page after `shown` appended to it. Comments the server left out as
 * malformed are reported once per page, naming the element.
 */
export async function loadComments(
  url: string,
  options: { limit: number; shown?: CommentPage; signal: AbortSignal },
): Promise<CommentPage> {
  const { shown } = options;
  const page = await fetchComments(url, { limit: options.limit, cursor: shown?.nextCursor, signal: options.signal });
  if (page.dropped > 0) {
    console.warn(
      `<pw-comment-box> ${page.dropped} comment(s) from ${url} were left out: no id, content or valid createdAt.`,
    );
  }
  const { items, nextCursor, total } = page;
  const loaded: CommentPage = total === undefined ? { items, nextCursor } : { items, nextCursor, total };
  return shown ? appendPage(shown, loaded) : loaded;
}
