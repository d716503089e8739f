import { absoluteUrl, fetchJson } from '@portal-widgets/core';
import { normalizeLinks, type LinkItem } from './links.js';

/**
 * Loads the links of `src` through core's fetch policy (timeout, retries, abort). Relative URLs in
 * the file are resolved against the file's own address, as a browser resolves links in a page.
 * Loaded on demand, so pages whose links are in the HTML never download the fetch code.
 */
export async function loadLinks(url: string, signal: AbortSignal): Promise<LinkItem[]> {
  const response = await fetchJson(url, { signal, init: { headers: { accept: 'application/json' } } });
  const links = normalizeLinks(response.data, 'src');
  if (links === undefined) throw new Error(`${url} did not answer with a list of links`);
  const base = response.url || url;
  return links.map((link) => {
    const resolved: LinkItem = { ...link, href: absoluteUrl(link.href, base) ?? link.href };
    if (link.logo !== undefined) resolved.logo = absoluteUrl(link.logo, base) ?? link.logo;
    return resolved;
  });
}
