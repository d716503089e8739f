import type { Catalogue, Catalogues } from '@portal-widgets/core';

const vi = {
  /** Title of the list, label of the dropdown. */
  label: 'Liên kết website',
  /** The dropdown's first option, which goes nowhere. */
  placeholder: '— Chọn liên kết —',
  /** The button that follows the chosen link. */
  go: 'Đi',
  /** Said when Go is pressed before a link is chosen. */
  chooseFirst: 'Hãy chọn một liên kết trong danh sách.',
  /** Read after a link that opens in a new tab. */
  newTab: '(mở trong tab mới)',
  /** Label of the search box. */
  filterLabel: 'Tìm liên kết',
  /** Status while searching; `{count}` links match. */
  matches: 'Có {count} liên kết phù hợp',
  /** Status when nothing matches. */
  noMatches: 'Không có liên kết nào phù hợp',
  /** The button that shows the next part of a long list; `{count}` links are still hidden. */
  showMore: 'Xem thêm (còn {count} liên kết)',
  /** Last option of a very long dropdown; `{count}` links are not listed. */
  moreOptions: '… còn {count} liên kết: hãy gõ vào ô tìm kiếm',
  loading: 'Đang tải danh sách liên kết…',
  empty: 'Chưa có liên kết nào.',
  error: 'Không tải được danh sách liên kết.',
  /** Shown above links kept from before when loading newer ones failed. */
  stale: 'Không cập nhật được danh sách liên kết; đang hiển thị danh sách cũ.',
  retry: 'Thử lại',
} as const;

export type LinksListMessageKey = keyof typeof vi;

const en: Catalogue<LinksListMessageKey> = {
  label: 'Website links',
  placeholder: '— Choose a link —',
  go: 'Go',
  chooseFirst: 'Choose a link from the list first.',
  newTab: '(opens in a new tab)',
  filterLabel: 'Find a link',
  matches: 'Matching links: {count}',
  noMatches: 'No matching links',
  showMore: 'Show more ({count} left)',
  moreOptions: '… and {count} more: type in the search box',
  loading: 'Loading links…',
  empty: 'No links yet.',
  error: 'The links could not be loaded.',
  stale: 'The links could not be updated; showing the earlier list.',
  retry: 'Try again',
};

export const linksListMessages: Catalogues<LinksListMessageKey> = { vi, en };
