import { absoluteUrl, checkedUrl, choice, cleanText, parseDate, reportInvalidInput } from '@portal-widgets/core';
import { isZonedIsoDate, parseFeedDate } from './feed-date.js';

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
  return choice(value, { element, attribute: 'layout', allowed: layouts, fallback: 'vertical' });
}

/** A `heading-level` value, or 3 with a named warning. */
export function normalizeHeadingLevel(value: unknown, element: string = cardTag): HeadingLevel {
  return choice(value, { element, attribute: 'heading-level', allowed: headingLevels, fallback: 3 });
}

const textKeys = ['headline', 'summary', 'author', 'category', 'imageAlt'] as const;
const dateKeys = ['published', 'updatedAt'] as const;
const urlKeys = ['href', 'image', 'categoryHref'] as const;
const articleKeys = [...textKeys, ...dateKeys, ...urlKeys];

/** The card's attribute spellings, accepted in `items` because HTML authors copy them. */
const attributeAliases: Readonly<Record<string, keyof Article>> = {
  'image-alt': 'imageAlt',
  'category-href': 'categoryHref',
  updated: 'updatedAt',
};

/** The card's attribute name for each field, for messages about a card's own attributes. */
export const cardAttributeNames: Readonly<Record<keyof Article, string>> = {
  headline: 'headline',
  href: 'href',
  summary: 'summary',
  image: 'image',
  imageAlt: 'image-alt',
  published: 'published',
  updatedAt: 'updated',
  author: 'author',
  category: 'category',
  categoryHref: 'category-href',
};

const aliasEntries = Object.entries(attributeAliases);

const knownKeys: ReadonlySet<string> = new Set([...articleKeys, ...Object.keys(attributeAliases)]);

/** Keys of `items` entries that a card does not know (typos, a feed's `title`/`link`). */
export function unknownArticleKeys(entries: readonly unknown[]): string[] {
  const unknown = new Set<string>();
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    for (const key of Object.keys(entry)) if (!knownKeys.has(key)) unknown.add(key);
  }
  return [...unknown];
}

/** Where an article comes from, for the messages about its bad fields. */
export interface ArticleSource {
  element: string;
  /** The name of a field in messages: a card attribute, or `items[3].href`. */
  name: (key: keyof Article) => string;
  /** The name a missing headline is reported under (a list entry); none when the caller reports it (a card). */
  missingHeadline?: string;
}

/**
 * Validates one article from a card's properties, `items` or a feed, the one way for all three:
 * text cleaned to NFC, URLs checked, dates read as feed dates (ISO 8601, or day first and in
 * Vietnam time as Vietnamese write them). Returns `undefined` without a headline, since a card
 * without one has no link text.
 */
export function normalizeArticle(value: unknown, source: ArticleSource): Article | undefined {
  const given = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  let record = given;
  for (const [alias, key] of aliasEntries) {
    if (record[key] !== undefined || record[alias] === undefined) continue;
    // Copied only when an alias is used: the caller's object stays as it was.
    if (record === given) record = { ...given };
    record[key] = record[alias];
  }
  const article: Partial<Record<keyof Article, string>> = {};
  for (const key of textKeys) {
    const text = key === 'imageAlt' && record[key] === '' ? '' : cleanText(record[key]);
    if (text !== undefined) article[key] = text;
  }
  for (const key of urlKeys) {
    // A dropped image leaves the card's placeholder, a dropped link a card that is not a link.
    const url = checkedUrl(
      record[key],
      source.element,
      source.name(key),
      key === 'image' ? 'the placeholder' : 'no link',
    );
    if (url !== undefined) article[key] = url;
  }
  for (const key of dateKeys) {
    const date = record[key];
    if (typeof date !== 'string' || date.trim() === '') continue;
    // An ISO date with its zone reads the same everywhere, so it is kept as written.
    const written = date.trim();
    const iso = isZonedIsoDate(written) ? written : parseFeedDate(date);
    if (iso !== undefined) article[key] = iso;
    else {
      reportInvalidInput('warn', {
        element: source.element,
        attribute: source.name(key),
        value: date,
        problem: 'not a date',
        allowed: 'ISO 8601 (2026-11-27T08:30:00+07:00) or day/month/year (27/11/2026 08:30)',
        fallback: 'no date shown',
      });
    }
  }
  if (article.headline === undefined) {
    if (source.missingHeadline !== undefined) {
      reportInvalidInput('warn', {
        element: source.element,
        attribute: source.missingHeadline,
        value,
        problem: 'missing headline',
        allowed: '{"headline": string, "href"?: string, …}',
        fallback: 'no card for this entry',
      });
    }
    return undefined;
  }
  return article as Article;
}

/** An entry of a list's `items` or feed, named `items[3]` or `src[3]` in messages. */
export function listEntrySource(entry: string): ArticleSource {
  return { element: listTag, name: (key) => `${entry}.${key}`, missingHeadline: entry };
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
      allowed: `${articleKeys.join(', ')} (or image-alt, category-href, updated)`,
      fallback: 'the entries without those keys',
    });
  }
  return value.flatMap((entry, index) => normalizeArticle(entry, listEntrySource(`items[${index}]`)) ?? []);
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
