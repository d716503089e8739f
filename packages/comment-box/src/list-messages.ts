import type { Catalogue, Catalogues } from '@portal-widgets/core';

// What the list of published comments says once it has loaded. Loaded on demand with the list;
// overridable through `strings` like every other string.

const vi = {
  empty: 'Chưa có ý kiến nào.',
  moreError: 'Không tải thêm được ý kiến.',
  more: 'Xem thêm ý kiến',
  loadingMore: 'Đang tải thêm ý kiến…',
  /** Name of the replies under a comment; `{author}` wrote the comment. */
  replies: 'Trả lời ý kiến của {author}',
  /** The text marker of an official reply. */
  official: 'Trả lời của ban biên tập',
  /** Author of an official reply that names none. */
  editorialBoard: 'Ban biên tập',
  /** Relative date of less than a minute ago. */
  justNow: 'vừa xong',
} as const;

export type ListMessageKey = keyof typeof vi;

const en: Catalogue<ListMessageKey> = {
  empty: 'No comments yet.',
  moreError: 'More comments could not be loaded.',
  more: 'Show more comments',
  loadingMore: 'Loading more comments…',
  replies: 'Replies to {author}',
  official: 'Reply from the editors',
  editorialBoard: 'Editorial board',
  justNow: 'just now',
};

export const listMessages: Catalogues<ListMessageKey> = { vi, en };
