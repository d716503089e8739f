import type { Catalogue, Catalogues } from '@portal-widgets/core';

const vi = {
  /** Before the update date of an article. */
  updated: 'Cập nhật',
  /** Screen-reader text of a card or list while it loads. */
  loading: 'Đang tải tin bài…',
  /** List: the feed has no articles. */
  empty: 'Chưa có tin bài.',
  /** List: the feed could not be loaded. */
  error: 'Không tải được tin bài.',
  /** List: a reload failed while older articles are still shown. */
  stale: 'Không cập nhật được tin mới; đang hiển thị tin đã tải trước đó.',
  /** List: the retry button. */
  retry: 'Thử lại',
  /** List: announced when articles arrive; `{count}` is their number. */
  loaded: 'Đã tải {count} tin bài.',
  /** Accessible name of the list. */
  listLabel: 'Tin bài',
} as const;

export type ArticleMessageKey = keyof typeof vi;

const en: Catalogue<ArticleMessageKey> = {
  updated: 'Updated',
  loading: 'Loading articles…',
  empty: 'No articles yet.',
  error: 'The articles could not be loaded.',
  stale: 'Could not refresh; showing the articles loaded earlier.',
  retry: 'Try again',
  loaded: 'Articles loaded: {count}.',
  listLabel: 'Articles',
};

export const articleMessages: Catalogues<ArticleMessageKey> = { vi, en };
