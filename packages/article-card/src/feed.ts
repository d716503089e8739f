import { allowedUrlSchemes, canParseXml, parseXml, xmlPolicyName } from '@portal-widgets/core';
import { listEntrySource, normalizeArticle, type Article } from './article.js';
import { parseFeedDate } from './feed-date.js';
import { decodeEntities, firstImage, htmlToText, normalizeText, type HtmlImage } from './html-text.js';

export const feedFormats = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof feedFormats)[number];

export const feedErrorReasons = ['unrecognised', 'malformed'] as const;
export type FeedErrorReason = (typeof feedErrorReasons)[number];

/** Why a feed gave no articles: not a feed at all (`unrecognised`) or a broken one (`malformed`). */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly reason: FeedErrorReason;

  constructor(reason: FeedErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** Summaries are cut here: a card shows a few lines, and `content:encoded` can be a whole article. */
export const summaryMaxLength = 600;

type Namespaces = readonly (string | null)[];

const atomNamespaceUris = ['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'];
// A <feed> without xmlns (some hand-made feeds) has its elements in no namespace.
const atomNamespaces: Namespaces = [...atomNamespaceUris, null];
const rssNamespaces: Namespaces = [null, 'http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/'];
const rdfNamespace = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';
const dcNamespace: Namespaces = ['http://purl.org/dc/elements/1.1/'];
const contentNamespace: Namespaces = ['http://purl.org/rss/1.0/modules/content/'];
// Both spellings are in use.
const mediaNamespaces: Namespaces = ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'];
const feedburnerNamespace: Namespaces = ['http://rssnamespace.org/feedburner/ext/1.0'];

// Prefixes hand-written feeds use without declaring them; declared on retry so the feed still parses.
const knownPrefixes: Record<string, string> = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  feedburner: 'http://rssnamespace.org/feedburner/ext/1.0',
  media: 'http://search.yahoo.com/mrss/',
  rdf: rdfNamespace,
};

const byteOrderMarkAndSpace = /^[\ufeff\s]+/;
// XML declaration, processing instructions, comments and a doctype (with an internal subset) before the root.
const xmlProlog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>)*/i;
const startTag = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:[^>"']|"[^"]*"|'[^']*')*)>/;

interface Inspection {
  format?: FeedFormat;
  /** The parsed JSON, when the text is JSON. */
  json?: unknown;
  /** The text is a JSON object (or claims to be a JSON Feed) but does not parse. */
  malformed?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isJsonFeed(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { version, items } = value;
  return (typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//.test(version)) || Array.isArray(items);
}

function inspect(text: string, contentType: string | null | undefined): Inspection {
  const type = (contentType ?? '').toLowerCase();
  if (text.startsWith('{') || text.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // Only an object can be a JSON Feed; text starting with "[" is as likely a log line.
      if (!text.startsWith('{')) return {};
      return { malformed: true, ...(/json/.test(type) ? { format: 'json' } : {}) };
    }
    if (isJsonFeed(json) || (isRecord(json) && type.includes('feed+json'))) return { format: 'json', json };
    return { json };
  }
  const prolog = xmlProlog.exec(text)?.[0].length ?? 0;
  const root = startTag.exec(text.slice(prolog));
  if (root === null) return {};
  const [, name = '', attributes = ''] = root;
  const localName = name.slice(name.indexOf(':') + 1);
  if (localName === 'rss') return { format: 'rss' };
  if (localName === 'RDF' && /purl\.org\/rss\/1\.0\/|my\.netscape\.com\/rdf\/simple\/0\.9\//.test(text)) {
    return { format: 'rss' };
  }
  if (localName === 'feed') {
    const atomNamespace = atomNamespaceUris.some((namespace) => attributes.includes(namespace));
    if (atomNamespace || type.includes('atom') || /<(?:[\w.-]+:)?entry[\s>]/.test(text)) return { format: 'atom' };
  }
  return {};
}

/**
 * The format of a feed, read from its content: a leading byte order mark and whitespace are
 * skipped, then `<rss`, `<rdf:RDF` (RSS 1.0), an Atom `<feed>`, or a JSON object with a JSON Feed
 * `version` or an `items` array. The content type only decides what the content leaves open
 * (a `<feed>` without namespace or entries, JSON that does not parse).
 */
export function detectFeedFormat(text: string, contentType?: string | null): FeedFormat | undefined {
  return inspect(text.replace(byteOrderMarkAndSpace, ''), contentType).format;
}

// ---------------------------------------------------------------------------------------------
// What every format is reduced to before `normalizeArticle` checks it.

type Entry = Partial<Article>;

export interface ParseFeedOptions {
  /** Stop after this many articles (entries without a headline do not count). Default: all. */
  limit?: number;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}

/**
 * A feed URL made absolute against feed (or xml:base) URL. An unsafe or unparsable URL is returned
 * as written, so `normalizeArticle` drops it with its named warning.
 */
function resolveUrl(value: string | undefined, base: string | undefined): string | undefined {
  const url = value?.trim();
  if (url === undefined || url === '') return undefined;
  if (base === undefined) return url;
  try {
    const resolved = new URL(url, base);
    return (allowedUrlSchemes as readonly string[]).includes(resolved.protocol) ? resolved.href : url;
  } catch {
    return url;
  }
}

function absoluteBase(feedUrl: string): string | undefined {
  const page = (globalThis as { document?: { baseURI?: string } }).document?.baseURI;
  try {
    return new URL(feedUrl, page).href;
  } catch {
    return undefined;
  }
}

function sameText(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
}

/** Dates: the published one first, the update only when it says something more. */
function dates(published: string | undefined, updated: string | undefined): Pick<Entry, 'published' | 'updatedAt'> {
  const first = parseFeedDate(published);
  const last = parseFeedDate(updated);
  if (first === undefined) return { published: last };
  return { published: first, updatedAt: last === first ? undefined : last };
}

/** Image alt text: one that repeats the headline is marked decorative, so it is not read twice. */
function altText(alt: string | undefined, headline: string | undefined): string | undefined {
  if (alt === undefined) return undefined;
  return sameText(alt, headline) ? '' : alt;
}

/** An entry read only when needed, so a limit spares the work on a 10,000-item feed. */
type LazyEntry = () => Entry;

function toArticles(entries: LazyEntry[], limit: number): Article[] {
  const articles: Article[] = [];
  for (const [index, entry] of entries.entries()) {
    if (articles.length >= limit) break;
    const article = normalizeArticle(entry(), listEntrySource(`src[${index}]`));
    if (article !== undefined) articles.push(article);
  }
  return articles;
}

// ---------------------------------------------------------------------------------------------
// XML helpers

function elementChildren(parent: Element): Element[] {
  // Walking siblings stays linear where a live `children` collection may not (jsdom's is quadratic).
  const found: Element[] = [];
  for (let child = parent.firstElementChild; child !== null; child = child.nextElementSibling) found.push(child);
  return found;
}

function childElements(parent: Element, localName: string, namespaces: Namespaces): Element[] {
  return elementChildren(parent).filter(
    (element) => element.localName === localName && namespaces.includes(element.namespaceURI),
  );
}

function childElement(parent: Element, localName: string, namespaces: Namespaces): Element | undefined {
  return childElements(parent, localName, namespaces)[0];
}

function textOf(element: Element | undefined): string | undefined {
  return nonEmpty(element?.textContent?.trim());
}

/** The base URL in force at an element: the feed's URL, then every `xml:base` from the root down. */
function baseOf(element: Element, feedBase: string | undefined): string | undefined {
  const bases: string[] = [];
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const base = node.getAttributeNS(xmlNamespace, 'base');
    if (base !== null) bases.unshift(base);
  }
  let result = feedBase;
  for (const base of bases) {
    try {
      result = new URL(base, result).href;
    } catch {
      // An unusable xml:base is ignored, as a browser ignores a bad <base href>.
    }
  }
  return result;
}

// eslint-disable-next-line no-control-regex -- control characters are what XML refuses and Word pastes.
const xmlControls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xmlEntityNames = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * The usual faults of hand-made feeds, fixed outside CDATA sections: HTML entity names XML does
 * not know (`&nbsp;`, `&ecirc;`), bare `&` in text and links, control characters pasted from
 * office documents, and undeclared prefixes (`media:`, `dc:`) declared on the root.
 */
function repairXml(text: string): string {
  const declared = new Set([...text.matchAll(/\bxmlns:([\w.-]+)\s*=/g)].map(([, prefix]) => prefix));
  const missing = new Set(
    [...text.matchAll(/<\/?([A-Za-z_][\w.-]*):[A-Za-z_]/g)]
      .map(([, prefix = '']) => prefix)
      .filter((prefix) => prefix !== 'xml' && prefix !== 'xmlns' && !declared.has(prefix)),
  );
  const repaired = text
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, index) => {
      if (index % 2 === 1) return part.replace(xmlControls, '');
      return part
        .replace(xmlControls, '')
        .replace(/&(#\d+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)?/g, (match: string, ref?: string) => {
          if (ref === undefined) return '&amp;';
          if (ref.startsWith('#')) return validXmlReference(ref) ? match : '&#xFFFD;';
          const name = ref.slice(0, -1);
          if (xmlEntityNames.has(name)) return match;
          const decoded = decodeEntities(match);
          return decoded === match ? `&amp;${ref}` : `&#${decoded.codePointAt(0)};`;
        });
    })
    .join('');
  if (missing.size === 0) return repaired;
  const declarations = [...missing]
    .map((prefix) => ` xmlns:${prefix}="${knownPrefixes[prefix] ?? `urn:x-undeclared:${prefix}`}"`)
    .join('');
  const rootAt = xmlProlog.exec(repaired)?.[0].length ?? 0;
  return repaired.slice(0, rootAt) + repaired.slice(rootAt).replace(/^<[^\s/>]+/, (name) => name + declarations);
}

function validXmlReference(ref: string): boolean {
  const value = ref.startsWith('#x') ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
  return (
    value === 0x9 ||
    value === 0xa ||
    value === 0xd ||
    (value >= 0x20 && value <= 0xd7ff) ||
    (value >= 0xe000 && value <= 0xfffd) ||
    (value >= 0x10000 && value <= 0x10ffff)
  );
}

function parseXmlFeed(text: string, format: FeedFormat): Element {
  if (!canParseXml()) {
    throw new FeedError(
      'malformed',
      `cannot read an ${format} feed here: XML needs DOMParser and, under Trusted Types, the ${xmlPolicyName} policy`,
    );
  }
  const document = parseXml(text) ?? parseXml(repairXml(text));
  if (document === undefined) throw new FeedError('malformed', `the ${format} feed is not well-formed XML`);
  return document.documentElement;
}

// ---------------------------------------------------------------------------------------------
// RSS 2.0, 1.0 (RDF) and 0.9x

const nonImageExtension = /\.(?:mp3|m4a|aac|ogg|oga|wav|mp4|m4v|webm|mov|avi|pdf|docx?|xlsx?|pptx?|zip|rar)(?:[?#]|$)/i;

function isImage(type: string | null, medium: string | null, url: string): boolean {
  if (type !== null && type.trim() !== '') return /^\s*image\//i.test(type);
  if (medium !== null && medium.trim() !== '') return medium.trim().toLowerCase() === 'image';
  return !nonImageExtension.test(url);
}

interface FoundImage {
  src: string;
  element: Element;
}

/** `media:content` / `media:thumbnail` images of an item, `media:group` included, in document order. */
function mediaImages(item: Element): FoundImage[] {
  const groups = [item, ...childElements(item, 'group', mediaNamespaces)];
  return groups.flatMap((group) =>
    elementChildren(group).flatMap((element): FoundImage[] => {
      if (!mediaNamespaces.includes(element.namespaceURI)) return [];
      const src = element.getAttribute('url')?.trim();
      if (src === undefined || src === '') return [];
      if (element.localName === 'thumbnail') return [{ src, element }];
      if (element.localName !== 'content') return [];
      return isImage(element.getAttribute('type'), element.getAttribute('medium'), src) ? [{ src, element }] : [];
    }),
  );
}

/** A `media:description` as text (its `type` may say html). */
function mediaDescription(parent: Element): string | undefined {
  const element = childElement(parent, 'description', mediaNamespaces);
  const text = textOf(element);
  if (text === undefined) return undefined;
  return nonEmpty(element?.getAttribute('type') === 'html' ? htmlToText(text) : normalizeText(text));
}

function rssImage(item: Element, htmlSources: (string | undefined)[]): { src: string; alt?: string } | undefined {
  for (const enclosure of childElements(item, 'enclosure', rssNamespaces)) {
    const src = enclosure.getAttribute('url')?.trim();
    if (src && isImage(enclosure.getAttribute('type'), null, src)) {
      return { src, alt: mediaDescription(item) };
    }
  }
  const media = mediaImages(item);
  const [best] = [
    ...media.filter((image) => image.element.localName === 'content'),
    ...media.filter((image) => image.element.localName === 'thumbnail'),
  ];
  if (best !== undefined) {
    const parent = best.element.parentElement ?? item;
    return {
      src: best.src,
      alt: mediaDescription(best.element) ?? mediaDescription(parent) ?? mediaDescription(item),
    };
  }
  return imageInHtml(htmlSources);
}

/** The first of these HTML sources that has text, as a summary. */
function firstSummary(htmlSources: (string | undefined)[]): string | undefined {
  for (const html of htmlSources) {
    const text = html === undefined ? '' : htmlToText(html, { maxLength: summaryMaxLength });
    if (text !== '') return text;
  }
  return undefined;
}

function imageInHtml(htmlSources: (string | undefined)[]): HtmlImage | undefined {
  for (const html of htmlSources) {
    const image = html === undefined ? undefined : firstImage(html);
    if (image !== undefined) return image;
  }
  return undefined;
}

/** RSS `<author>` is "email (Name)" by the spec, or just a name in practice. */
function rssAuthor(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const named = /\(([^)]+)\)/.exec(value)?.[1] ?? /^\s*([^<]+?)\s*<[^>]+@[^>]+>\s*$/.exec(value)?.[1];
  if (named !== undefined) return named;
  return /^\S+@\S+$/.test(value.trim()) ? undefined : value;
}

function rssLink(item: Element): string | undefined {
  const original = textOf(childElement(item, 'origLink', feedburnerNamespace));
  const link = textOf(childElement(item, 'link', rssNamespaces));
  if (original ?? link) return original ?? link;
  const guid = childElement(item, 'guid', rssNamespaces);
  const guidText = textOf(guid);
  if (guidText !== undefined && guid?.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(guidText)) {
    return guidText;
  }
  const atomLink = childElements(item, 'link', atomNamespaceUris).find((element) =>
    [null, '', 'alternate'].includes(element.getAttribute('rel')),
  );
  return (
    nonEmpty(atomLink?.getAttribute('href') ?? undefined) ??
    nonEmpty(item.getAttributeNS(rdfNamespace, 'about') ?? undefined)
  );
}

function rssEntries(root: Element, feedBase: string | undefined): LazyEntry[] {
  const channel = childElement(root, 'channel', rssNamespaces);
  // RSS 2.0 has items in the channel, RSS 1.0 beside it.
  const items = [
    ...(channel === undefined ? [] : childElements(channel, 'item', rssNamespaces)),
    ...childElements(root, 'item', rssNamespaces),
  ];
  return items.map((item) => (): Entry => {
    const base = baseOf(item, feedBase);
    const titleText =
      textOf(childElement(item, 'title', rssNamespaces)) ?? textOf(childElement(item, 'title', dcNamespace));
    const headline = titleText === undefined ? undefined : htmlToText(titleText);
    const description = textOf(childElement(item, 'description', rssNamespaces));
    const content = textOf(childElement(item, 'encoded', contentNamespace));
    const image = rssImage(item, [description, content]);
    const category = childElement(item, 'category', rssNamespaces) ?? childElement(item, 'subject', dcNamespace);
    return {
      headline,
      href: resolveUrl(rssLink(item), base),
      summary: firstSummary([description, content]),
      image: resolveUrl(image?.src, base),
      imageAlt: altText(image?.alt, headline),
      ...dates(
        textOf(childElement(item, 'pubDate', rssNamespaces)) ?? textOf(childElement(item, 'date', dcNamespace)),
        undefined,
      ),
      author: nonEmpty(
        htmlToText(
          textOf(childElement(item, 'creator', dcNamespace)) ??
            rssAuthor(textOf(childElement(item, 'author', rssNamespaces))) ??
            '',
        ),
      ),
      category: category === undefined ? undefined : nonEmpty(htmlToText(category.textContent ?? '')),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Atom 1.0 (and 0.3)

/** Serialised child nodes of an xhtml text construct, for htmlToText and firstImage. */
function innerMarkup(element: Element): string {
  if (typeof XMLSerializer !== 'function') return element.textContent ?? '';
  const serializer = new XMLSerializer();
  return [...element.childNodes].map((node) => serializer.serializeToString(node)).join('');
}

/** An Atom text construct (`title`, `summary`, `content`) as HTML, or `undefined` if it holds none. */
function atomHtml(element: Element | undefined): string | undefined {
  if (element === undefined) return undefined;
  const type = (element.getAttribute('type') ?? 'text').trim().toLowerCase();
  const mode = element.getAttribute('mode')?.trim().toLowerCase();
  if (mode === 'base64' || element.hasAttribute('src')) return undefined;
  if (type === 'xhtml' || type === 'application/xhtml+xml' || mode === 'xml') return innerMarkup(element);
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return element.textContent ?? '';
  if (type === 'text' || type === 'text/plain') return escapeText(element.textContent ?? '');
  return undefined;
}

/** Plain text made safe to pass through htmlToText unchanged. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function atomText(element: Element | undefined, maxLength?: number): string | undefined {
  const html = atomHtml(element);
  return html === undefined ? undefined : nonEmpty(htmlToText(html, maxLength === undefined ? {} : { maxLength }));
}

function atomPersonName(parent: Element | undefined): string | undefined {
  if (parent === undefined) return undefined;
  for (const author of childElements(parent, 'author', atomNamespaces)) {
    const name = textOf(childElement(author, 'name', atomNamespaces));
    if (name !== undefined) return normalizeText(name);
  }
  return undefined;
}

function atomLinks(entry: Element, rel: string): Element[] {
  return childElements(entry, 'link', atomNamespaces).filter(
    (link) => (link.getAttribute('rel')?.trim() || 'alternate') === rel && link.hasAttribute('href'),
  );
}

function atomEntries(root: Element, feedBase: string | undefined): LazyEntry[] {
  const feedAuthor = atomPersonName(root);
  return childElements(root, 'entry', atomNamespaces).map((entry) => (): Entry => {
    const headline = atomText(childElement(entry, 'title', atomNamespaces));
    const summary = childElement(entry, 'summary', atomNamespaces);
    const content = childElement(entry, 'content', atomNamespaces);
    const alternates = atomLinks(entry, 'alternate');
    const link =
      alternates.find((candidate) => /html/i.test(candidate.getAttribute('type') ?? 'text/html')) ?? alternates[0];
    const enclosure = atomLinks(entry, 'enclosure').find((candidate) =>
      isImage(candidate.getAttribute('type'), null, candidate.getAttribute('href') ?? ''),
    );
    const media = mediaImages(entry)[0];
    const htmlImage = (enclosure ?? media) ? undefined : imageInHtml([atomHtml(summary), atomHtml(content)]);
    const imageElement = enclosure ?? media?.element ?? content ?? summary ?? entry;
    const category = childElement(entry, 'category', atomNamespaces);
    const categoryName = category?.getAttribute('label')?.trim() || category?.getAttribute('term')?.trim();
    return {
      headline,
      href: link === undefined ? undefined : resolveUrl(link.getAttribute('href') ?? undefined, baseOf(link, feedBase)),
      summary: atomText(summary, summaryMaxLength) ?? atomText(content, summaryMaxLength),
      image: resolveUrl(
        enclosure?.getAttribute('href') ?? media?.src ?? htmlImage?.src,
        baseOf(imageElement, feedBase),
      ),
      imageAlt: altText(
        media === undefined ? htmlImage?.alt : (mediaDescription(media.element) ?? mediaDescription(entry)),
        headline,
      ),
      ...dates(
        textOf(childElement(entry, 'published', atomNamespaces)) ??
          textOf(childElement(entry, 'issued', atomNamespaces)),
        textOf(childElement(entry, 'updated', atomNamespaces)) ??
          textOf(childElement(entry, 'modified', atomNamespaces)),
      ),
      author: atomPersonName(entry) ?? atomPersonName(childElement(entry, 'source', atomNamespaces)) ?? feedAuthor,
      category: categoryName === undefined ? undefined : nonEmpty(normalizeText(categoryName)),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// JSON Feed 1.0 / 1.1

function jsonString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** `authors[0].name` (1.1) or `author.name` (1.0). */
function jsonAuthor(record: Record<string, unknown>): string | undefined {
  const authors = Array.isArray(record.authors) ? record.authors : [record.author];
  for (const author of authors) {
    const name = isRecord(author) ? jsonString(author.name) : undefined;
    if (name !== undefined) return name;
  }
  return undefined;
}

function jsonEntries(feed: unknown, feedBase: string | undefined): LazyEntry[] {
  if (!isRecord(feed) || !Array.isArray(feed.items)) return [];
  const feedAuthor = jsonAuthor(feed);
  return feed.items.map((value: unknown) => (): Entry => {
    const item = isRecord(value) ? value : {};
    const headline = jsonString(item.title);
    const contentHtml = jsonString(item.content_html);
    const summary = jsonString(item.summary) ?? jsonString(item.content_text);
    const ownImage = jsonString(item.image) ?? jsonString(item.banner_image);
    const htmlImage = ownImage === undefined && contentHtml !== undefined ? firstImage(contentHtml) : undefined;
    const id = jsonString(item.id);
    const tags = Array.isArray(item.tags) ? item.tags : [];
    return {
      headline,
      href: resolveUrl(
        jsonString(item.url) ?? jsonString(item.external_url) ?? (id && /^https?:\/\//i.test(id) ? id : undefined),
        feedBase,
      ),
      summary: nonEmpty(
        summary !== undefined
          ? normalizeText(summary, { maxLength: summaryMaxLength })
          : htmlToText(contentHtml ?? '', { maxLength: summaryMaxLength }),
      ),
      image: resolveUrl(ownImage ?? htmlImage?.src, feedBase),
      imageAlt: altText(htmlImage?.alt, headline === undefined ? undefined : normalizeText(headline)),
      ...dates(jsonString(item.date_published), jsonString(item.date_modified)),
      author: jsonAuthor(item) ?? feedAuthor,
      category: tags.map(jsonString).find((tag) => tag !== undefined),
    };
  });
}

// ---------------------------------------------------------------------------------------------

/**
 * Articles from an RSS 2.0 / 1.0, Atom or JSON Feed document, in feed order. Links and images
 * are made absolute against `feedUrl` (and Atom's xml:base), then pass the shared URL check
 * (unsafe ones are dropped with a warning); HTML in titles and summaries becomes plain text;
 * dates become ISO strings or are left out; entries without a headline are skipped.
 *
 * `options.limit` stops reading after that many articles.
 *
 * Throws `FeedError`: `unrecognised` for something that is no feed (an HTML page, other JSON),
 * `malformed` for a feed that does not parse.
 */
export function parseFeed(
  text: string,
  feedUrl: string,
  contentType?: string | null,
  options: ParseFeedOptions = {},
): Article[] {
  const limit = options.limit ?? Infinity;
  const body = text.replace(byteOrderMarkAndSpace, '');
  const found = inspect(body, contentType);
  const base = absoluteBase(feedUrl);
  if (found.format === 'json') {
    if (found.malformed) throw new FeedError('malformed', 'the JSON Feed is not valid JSON');
    return toArticles(jsonEntries(found.json, base), limit);
  }
  if (found.format === undefined) {
    if (found.malformed) throw new FeedError('malformed', 'the response looks like JSON but does not parse');
    const what = /^<(?:!doctype\s+html|html)[\s>]/i.test(body) ? 'an HTML page' : 'not RSS, Atom or JSON Feed';
    throw new FeedError('unrecognised', `the response is ${what}`);
  }
  const root = parseXmlFeed(body, found.format);
  if (root.localName === 'feed' && atomNamespaces.includes(root.namespaceURI)) {
    return toArticles(atomEntries(root, base), limit);
  }
  if (root.localName === 'rss' || (root.localName === 'RDF' && root.namespaceURI === rdfNamespace)) {
    return toArticles(rssEntries(root, base), limit);
  }
  throw new FeedError('unrecognised', `the XML root <${root.nodeName}> is not a feed`);
}
