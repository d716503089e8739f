import { absoluteUrl, parseDate, reportInvalidInput, safeUrl, toNFC } from '@portal-widgets/core';

/** One news item, as a card shows it and as `items` / feeds provide it. Property names match the card's. */
export interface Article {
  headline: string;
  href?: string;
  summary?: string;
  image?: string;
  /** Text alternative of the image; empty means decorative. */
  imageAlt?: string;
  /** Publication time, ISO 8601 (any string `Date` parses is accepted). */
  published?: string;
  /** Last update time, ISO 8601. */
  updatedAt?: string;
  author?: string;
  category?: string;
  categoryHref?: string;
}

export const cardTag = 'pw-article-card';
export const listTag = 'pw-article-list';

export const layouts = ['vertical', 'horizontal', 'compact', 'featured'] as const;
export type Layout = (typeof layouts)[number];

export const headingLevels = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof headingLevels)[number];

/** A `layout` value, or `vertical` with a named warning. */
export function normalizeLayout(value: unknown, element: string): Layout {
  if (value === undefined || value === null || value === '') return 'vertical';
  if ((layouts as readonly unknown[]).includes(value)) return value as Layout;
  reportInvalidInput('warn', {
    element,
    attribute: 'layout',
    value,
    problem: 'unknown layout',
    allowed: layouts.join(', '),
    fallback: 'vertical',
  });
  return 'vertical';
}

/** A `heading-level` value, or 3 with a named warning. */
export function normalizeHeadingLevel(value: unknown, element: string = cardTag): HeadingLevel {
  if (value === undefined || value === null) return 3;
  if ((headingLevels as readonly unknown[]).includes(value)) return value as HeadingLevel;
  reportInvalidInput('warn', {
    element,
    attribute: 'heading-level',
    value,
    problem: 'not a heading level from 2 to 6',
    allowed: '2, 3, 4, 5 or 6',
    fallback: '3',
  });
  return 3;
}

/** Collapses whitespace and normalises to NFC; `undefined` for anything that is not non-empty text. */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = toNFC(value.replace(/\s+/g, ' ').trim());
  return text === '' ? undefined : text;
}

/** A URL through core's check, with one named warning when it is dropped. */
export function checkedUrl(value: unknown, element: string, attribute: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const safe = safeUrl(value);
  if (safe === undefined) {
    reportInvalidInput('warn', {
      element,
      attribute,
      value,
      problem: 'unsafe or malformed URL',
      allowed: 'http:, https:, mailto:, tel: or relative URLs',
      fallback: 'no link',
    });
  }
  return safe;
}

const articleKeys = ['headline', 'summary', 'author', 'category', 'imageAlt', 'published', 'updatedAt'] as const;
const urlKeys = ['href', 'image', 'categoryHref'] as const;

/**
 * Validates one article from `items` or a feed: text fields cleaned, URLs checked. Returns
 * `undefined` (and warns) when there is no headline, since a card without one has no link text.
 */
/** The card's attribute spellings, accepted in `items` because HTML authors copy them. */
const attributeAliases: Readonly<Record<string, keyof Article>> = {
  'image-alt': 'imageAlt',
  'category-href': 'categoryHref',
  updated: 'updatedAt',
};

const knownKeys: ReadonlySet<string> = new Set([...articleKeys, ...urlKeys, ...Object.keys(attributeAliases)]);

/** Keys of `items` entries that a card does not know (typos, a feed's `title`/`link`). */
export function unknownArticleKeys(entries: readonly unknown[]): string[] {
  const unknown = new Set<string>();
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    for (const key of Object.keys(entry)) if (!knownKeys.has(key)) unknown.add(key);
  }
  return [...unknown];
}

export function normalizeArticle(value: unknown, source: string): Article | undefined {
  const given = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const record: Record<string, unknown> = { ...given };
  for (const [alias, key] of Object.entries(attributeAliases)) {
    if (record[key] === undefined && record[alias] !== undefined) record[key] = record[alias];
  }
  const article: Partial<Record<keyof Article, string>> = {};
  for (const key of articleKeys) {
    const text = key === 'imageAlt' && record[key] === '' ? '' : cleanText(record[key]);
    if (text !== undefined) article[key] = text;
  }
  for (const key of urlKeys) {
    const url = checkedUrl(record[key], listTag, `${source}.${key}`);
    if (url !== undefined) article[key] = url;
  }
  if (article.headline === undefined) {
    reportInvalidInput('warn', {
      element: listTag,
      attribute: source,
      value,
      problem: 'missing headline',
      allowed: '{"headline": string, "href"?: string, …}',
      fallback: 'no card for this entry',
    });
    return undefined;
  }
  return article as Article;
}

/** Validates `items`: an array of articles, or `undefined` (with a named error) for anything else. */
export function normalizeArticles(value: unknown): Article[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    reportInvalidInput('error', {
      element: listTag,
      attribute: 'items',
      value,
      problem: 'not an array',
      allowed: 'an array of {"headline", "href"?, "summary"?, "image"?, "published"?, …}',
      fallback: 'src, if set, or an empty list',
    });
    return undefined;
  }
  const unknown = unknownArticleKeys(value);
  if (unknown.length > 0) {
    reportInvalidInput('warn', {
      element: listTag,
      attribute: 'items',
      value: unknown.join(', '),
      problem: 'unknown keys',
      allowed: `${[...articleKeys, ...urlKeys].join(', ')} (or image-alt, category-href, updated)`,
      fallback: 'the entries without those keys',
    });
  }
  return value.flatMap((entry, index) => normalizeArticle(entry, `items[${index}]`) ?? []);
}

/** schema.org NewsArticle for a card, with absolute URLs and ISO dates. */
export function newsArticleJsonLd(article: Article, baseUrl: string): Record<string, unknown> {
  const url = article.href === undefined ? undefined : absoluteUrl(article.href, baseUrl);
  const image = article.image === undefined ? undefined : absoluteUrl(article.image, baseUrl);
  const published = parseDate(article.published)?.toISOString();
  const modified = parseDate(article.updatedAt)?.toISOString();
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    ...(url === undefined ? {} : { url, mainEntityOfPage: url }),
    ...(image === undefined ? {} : { image: [image] }),
    ...(published === undefined ? {} : { datePublished: published }),
    ...(modified === undefined ? {} : { dateModified: modified }),
    ...(article.author === undefined ? {} : { author: [{ '@type': 'Person', name: article.author }] }),
    ...(article.summary === undefined ? {} : { description: article.summary }),
    ...(article.category === undefined ? {} : { articleSection: article.category }),
  };
}
