import { absoluteUrl, checkedUrl, cleanText, reportInvalidInput, wholeNumber } from '@portal-widgets/core';

/** One step of the trail. The last item is the current page. */
export interface TrailItem {
  /** Visible text and accessible name. */
  label: string;
  /** Link target; the current page may have none. */
  href?: string;
  /** Language of the label when it differs from the page's (kept from light-DOM links). */
  lang?: string;
  /** Language of the linked page. */
  hreflang?: string;
}

export const tagName = 'pw-breadcrumb';

/** Trailing items rendered before collapsing, whatever the width: a 10,000-item trail stays cheap. */
export const maxRenderedTail = 20;

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** One item from raw parts, whichever input they came from; an unsafe href is dropped with a warning. */
function trailItem(label: string, href: unknown, hrefSource: string, lang: unknown, hreflang: unknown): TrailItem {
  const item: TrailItem = { label };
  const safeHref = checkedUrl(href, tagName, hrefSource, 'the label as plain text, without a link');
  if (safeHref !== undefined) item.href = safeHref;
  const language = optionalString(lang);
  if (language !== undefined) item.lang = language;
  const linkLanguage = optionalString(hreflang);
  if (linkLanguage !== undefined) item.hreflang = linkLanguage;
  return item;
}

/**
 * Validates `items` from JSON or a property. Returns `undefined` (use the light-DOM trail) when
 * the value is not an array; skips entries without a label; keeps a label whose URL is unsafe.
 */
export function normalizeItems(value: unknown): TrailItem[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    reportInvalidInput('error', {
      element: tagName,
      attribute: 'items',
      value,
      problem: 'not an array',
      allowed: 'an array of {"label": string, "href"?: string}',
      fallback: 'the light-DOM trail',
    });
    return undefined;
  }
  const items: TrailItem[] = [];
  value.forEach((entry: unknown, index) => {
    const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : undefined;
    const label = cleanText(record?.label) ?? '';
    if (label === '') {
      reportInvalidInput('warn', {
        element: tagName,
        attribute: `items[${index}]`,
        value: entry,
        problem: 'missing label',
        allowed: '{"label": non-empty string, "href"?: string}',
        fallback: 'the trail without this entry',
      });
      return;
    }
    items.push(trailItem(label, record?.href, `items[${index}].href`, record?.lang, record?.hreflang));
  });
  return items;
}

/** Characters CMS templates put between breadcrumb links; on their own they are not items. */
const separatorOnly = /^[\s»›>/|·•→\-–—:\\]*$/;

/** Strips separator characters from the ends of loose text such as " » Hội nghị ». */
function trimSeparators(text: string): string {
  return text.replace(/^[\s»›>/|·•→\-–—:\\]+|[\s»›>/|·•→\-–—:\\]+$/g, '');
}

/**
 * The name of an item with no text of its own, such as a home link that is only an icon: its own
 * `aria-label`, else an icon's `alt`, `aria-label` or SVG `<title>`, else its `title`.
 */
function iconLabel(element: Element): string | undefined {
  const named = [...element.querySelectorAll('img[alt], [aria-label], svg title')].map((node) =>
    node.localName === 'title' ? node.textContent : (node.getAttribute('aria-label') ?? node.getAttribute('alt')),
  );
  for (const name of [element.getAttribute('aria-label'), ...named, element.getAttribute('title')]) {
    const label = cleanText(name);
    if (label !== undefined) return label;
  }
  return undefined;
}

/**
 * Reads the trail an author wrote in the light DOM: `<a>` items, an `<ol>`/`<ul>` of `<li>`, and
 * loose text between links (`<a>Trang chủ</a> » <a>Tin tức</a> » Hội nghị`), ignoring separators.
 */
export function readLightDomTrail(host: Element): TrailItem[] {
  const list = host.querySelector(':scope > ol, :scope > ul');
  const entries: Node[] = list
    ? Array.from(list.children).filter((child) => child.localName === 'li')
    : Array.from(host.childNodes);
  const items: TrailItem[] = [];
  for (const entry of entries) {
    if (entry.nodeType === Node.TEXT_NODE) {
      const label = cleanText(trimSeparators(entry.textContent ?? '')) ?? '';
      if (label !== '') items.push({ label });
      continue;
    }
    if (!(entry instanceof Element)) continue;
    if (['script', 'template', 'style', 'link', 'meta'].includes(entry.localName)) continue;
    const link = entry.localName === 'a' ? entry : entry.querySelector('a');
    const source = link ?? entry;
    const text = source.textContent ?? '';
    if (!link && separatorOnly.test(text)) continue;
    const label = cleanText(text) ?? iconLabel(source);
    if (label === undefined) {
      reportInvalidInput('warn', {
        element: tagName,
        attribute: 'light-DOM item',
        value: source.outerHTML,
        problem: 'no text or text alternative',
        allowed: 'text, or an icon with alt, aria-label or title',
        fallback: 'the trail without this item',
      });
      continue;
    }
    items.push(
      trailItem(
        label,
        link?.getAttribute('href'),
        'light-DOM link href',
        source.getAttribute('lang') ?? entry.getAttribute('lang'),
        link?.getAttribute('hreflang'),
      ),
    );
  }
  return items;
}

/**
 * `max-items` must be a whole number of at least 2 (the first item and the current page); anything
 * else means no limit by count, with one named warning.
 */
export function normalizeMaxItems(value: unknown): number | undefined {
  return wholeNumber(value, {
    element: tagName,
    attribute: 'max-items',
    min: 2,
    fallback: undefined,
    fallbackText: 'no limit by count (the trail still collapses when it would wrap)',
  });
}

/** Middle items never rendered while collapsed, so a 10,000-item trail renders a bounded window. */
export function hiddenByBound(count: number): number {
  return Math.max(0, count - 1 - maxRenderedTail);
}

/**
 * How many middle items to hide because of `max-items`, counted from the second item: the first
 * item (home) and the items nearest the current page stay visible.
 */
export function hiddenByCount(count: number, maxItems: number | undefined): number {
  const byLimit = maxItems === undefined ? 0 : count - maxItems;
  return Math.max(0, Math.min(count - 2, Math.max(byLimit, hiddenByBound(count))));
}

/**
 * How many more items to hide, from the second one on, so the rendered items fit on one line of
 * `available` pixels. `widths` are the rendered items' widths (separators included); the "…"
 * item's width counts once something is hidden (`collapsed` says it already is).
 */
export function hiddenToFit(
  widths: readonly number[],
  available: number,
  ellipsisWidth: number,
  collapsed: boolean,
): number {
  const count = widths.length;
  // Half a pixel of slack absorbs sub-pixel rounding in measured widths.
  const fits = (total: number): boolean => total <= available + 0.5;
  let total = widths.reduce((sum, width) => sum + width, 0) + (collapsed ? ellipsisWidth : 0);
  if (fits(total) || count <= 2) return 0;
  if (!collapsed) total += ellipsisWidth;
  for (let hidden = 1; hidden <= count - 2; hidden += 1) {
    total -= widths[hidden] ?? 0;
    if (fits(total)) return hidden;
  }
  return count - 2;
}

/**
 * Whether the current page (the last of `widths`, the items as measured) goes to a line of its own:
 * when the items shown before it leave it less than `minWidth` or its whole width, whichever is
 * smaller. Shown before it: the first item, the "…" item (`ellipsisWidth`, 0 when nothing is
 * hidden) and the items after the `hidden` ones. A short label that fits never wraps.
 */
export function currentOnOwnLine(
  widths: readonly number[],
  hidden: number,
  available: number,
  ellipsisWidth: number,
  minWidth: number,
): boolean {
  const count = widths.length;
  if (count < 2 || available <= 0) return false;
  let before = (widths[0] ?? 0) + ellipsisWidth;
  for (let index = 1 + hidden; index < count - 1; index += 1) before += widths[index] ?? 0;
  // Half a pixel of slack, as in hiddenToFit.
  return available - before + 0.5 < Math.min(widths[count - 1] ?? 0, minWidth);
}

/** schema.org BreadcrumbList with absolute URLs; the current page may omit `item`. */
export function breadcrumbJsonLd(items: readonly TrailItem[], baseUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    // Search engines need the URL of every item but the last: a middle item without one is left out.
    itemListElement: items
      .map((item) => ({ name: item.label, url: item.href === undefined ? undefined : absoluteUrl(item.href, baseUrl) }))
      .filter((entry, index) => entry.url !== undefined || index === items.length - 1)
      .map(({ name, url }, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name,
        ...(url === undefined ? {} : { item: url }),
      })),
  };
}
