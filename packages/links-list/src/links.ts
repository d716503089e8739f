import { checkedUrl, cleanText, reportInvalidInput } from '@portal-widgets/core';

export const tagName = 'pw-links-list';

/** One link: an agency, a ministry, a provincial portal. */
export interface LinkItem {
  /** Visible text and accessible name (the agency's name). */
  label: string;
  /** Where the link goes; only URLs that pass the shared check are kept. */
  href: string;
  /** Heading of the section or `<optgroup>` the link belongs to. */
  group?: string;
  /** URL of the agency's logo, shown by the `grid` variant. */
  logo?: string;
  /** A line of text under the name in the `list` and `grid` variants. */
  description?: string;
  /** Opens in a new tab (the light-DOM link had `target="_blank"`, or the item `"target": "_blank"`). */
  newTab?: boolean;
}

export const variants = ['list', 'grid', 'select'] as const;
export type Variant = (typeof variants)[number];

type Source = 'items' | 'src';

const entryShape = '{"label": non-empty string, "href": URL, "group"?, "logo"?, "description"?}';

/** One link from raw parts, or `undefined` (with a named warning) when it has no label or no safe URL. */
function linkItem(entry: unknown, where: string): LinkItem | undefined {
  const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : undefined;
  const label = cleanText(record?.label);
  const rawHref = record?.href;
  const problem =
    record === undefined
      ? 'not an object'
      : label === undefined
        ? 'missing label'
        : rawHref === undefined || rawHref === null || rawHref === ''
          ? 'missing href'
          : undefined;
  if (problem !== undefined) {
    reportInvalidInput('warn', {
      element: tagName,
      attribute: where,
      value: entry,
      problem,
      allowed: entryShape,
      fallback: 'the list without this entry',
    });
    return undefined;
  }
  // The URL check names its own problem.
  const href = checkedUrl(rawHref, tagName, `${where}.href`, 'the list without this entry');
  if (href === undefined || label === undefined || record === undefined) return undefined;
  const item: LinkItem = { label, href };
  const group = cleanText(record.group);
  if (group !== undefined) item.group = group;
  const logo = checkedUrl(record.logo, tagName, `${where}.logo`, 'the name without a logo');
  if (logo !== undefined) item.logo = logo;
  const description = cleanText(record.description);
  if (description !== undefined) item.description = description;
  if (record.target === '_blank' || record.newTab === true) item.newTab = true;
  return item;
}

/**
 * Validates links given as `items` or loaded from `src`: an array of `{label, href, group?, logo?,
 * description?}`, or an object holding one in `links` or `items`. Entries without a label or a safe
 * URL are dropped with a warning; anything else gives `undefined` with an error.
 */
export function normalizeLinks(value: unknown, source: Source): LinkItem[] | undefined {
  if (value === undefined || value === null) return undefined;
  const record = typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  const list: unknown = Array.isArray(value) ? value : (record?.links ?? record?.items);
  if (!Array.isArray(list)) {
    reportInvalidInput('error', {
      element: tagName,
      attribute: source,
      value,
      problem: 'not an array of links',
      allowed: `an array of ${entryShape}`,
      fallback: source === 'items' ? 'src or the light-DOM links' : 'the light-DOM links',
    });
    return undefined;
  }
  const links: LinkItem[] = [];
  list.forEach((entry: unknown, index) => {
    const link = linkItem(entry, `${source}[${index}]`);
    if (link !== undefined) links.push(link);
  });
  return links;
}

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption']);

/**
 * Reads the links an author wrote in the light DOM, in document order. A link's group is the
 * `data-group` of the link or of its closest ancestor, otherwise the text of the last heading
 * before it (`<h3>Bộ, ngành</h3><ul><li><a>…`), as CMS templates write link lists.
 */
export function readLightDomLinks(host: Element): LinkItem[] {
  const links: LinkItem[] = [];
  let heading: string | undefined;
  let index = 0;
  for (const element of host.querySelectorAll('*')) {
    if (headingTags.has(element.localName)) {
      heading = cleanText(element.textContent);
      continue;
    }
    if (element.localName !== 'a' || !element.hasAttribute('href')) continue;
    const image = element.querySelector('img');
    const grouped = element.closest('[data-group]');
    const link = linkItem(
      {
        label: cleanText(element.textContent) ?? image?.getAttribute('alt'),
        href: element.getAttribute('href'),
        group: grouped && host.contains(grouped) ? grouped.getAttribute('data-group') : heading,
        logo: image?.getAttribute('src'),
        description: element.getAttribute('title'),
        target: element.getAttribute('target'),
      },
      `light-DOM link ${index}`,
    );
    index += 1;
    if (link !== undefined) links.push(link);
  }
  return links;
}

export interface LinkGroup {
  /** The group's heading; `undefined` for links outside any group. */
  name?: string;
  links: LinkItem[];
}

/** Groups links by `group` in the order each group first appears; ungrouped links come first. */
export function groupLinks(links: readonly LinkItem[]): LinkGroup[] {
  const groups = new Map<string | undefined, LinkItem[]>([[undefined, []]]);
  for (const link of links) {
    const members = groups.get(link.group);
    if (members) members.push(link);
    else groups.set(link.group, [link]);
  }
  return [...groups]
    .filter(([, members]) => members.length > 0)
    .map(([name, members]) => (name === undefined ? { links: members } : { name, links: members }));
}
