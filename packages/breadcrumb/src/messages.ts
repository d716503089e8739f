import type { Catalogue, Catalogues } from '@portal-widgets/core';

const vi = {
  /** Accessible name of the navigation, and the visible prefix with `show-label`. */
  label: 'Bạn đang ở đây',
  /** Accessible name of the "…" button; `{count}` is the number of hidden items. */
  showHidden: 'Hiện {count} mục bị ẩn',
} as const;

export type BreadcrumbMessageKey = keyof typeof vi;

const en: Catalogue<BreadcrumbMessageKey> = {
  label: 'You are here',
  showHidden: 'Show hidden items: {count}',
};

export const breadcrumbMessages: Catalogues<BreadcrumbMessageKey> = { vi, en };
