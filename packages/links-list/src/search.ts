import type { LinkItem } from './links.js';

/**
 * Text as the search compares it: lower case, without diacritics, `đ` as `d` (it has no
 * decomposition, so stripping marks alone would leave it), words separated by single spaces
 * whatever punctuation stood between them. "Đà Nẵng", "da nang" and "DA NANG" all fold to "da nang".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What a link is found by: its name and its description, folded, with a space before every word. */
export function searchText(link: LinkItem): string {
  return ` ${foldForSearch(link.description === undefined ? link.label : `${link.label} ${link.description}`)}`;
}

/**
 * The links whose name or description has a word starting with each word of the query, in their
 * order: "ha" finds "Hà Nội" and "Hà Nam" but not "Thanh Hóa".
 * `folded[i]` is `searchText(links[i])`, computed once per list rather than per keystroke.
 */
export function matchLinks(links: readonly LinkItem[], folded: readonly string[], query: string): LinkItem[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...links];
  return links.filter((_, index) => words.every((word) => folded[index]?.includes(` ${word}`)));
}
