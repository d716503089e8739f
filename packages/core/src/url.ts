import { reportInvalidInput } from './report.js';

/** Schemes a widget may link to; everything else (javascript:, data:, vbscript:, file:, …) is dropped. */
export const allowedUrlSchemes = ['http:', 'https:', 'mailto:', 'tel:'] as const;

// Characters the URL parser ignores or an attacker can hide between letters of a scheme.
// eslint-disable-next-line no-control-regex -- control characters are what this pattern exists to find.
const invisible = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

const namedEntities: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
  amp: '&',
  sol: '/',
  lpar: '(',
  rpar: ')',
};

function decodeEntitiesOnce(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => codePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => codePoint(Number.parseInt(dec, 10)))
    .replace(/&([a-z]+);/gi, (match, name: string) => namedEntities[name.toLowerCase()] ?? match);
}

function codePoint(value: number): string {
  return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : '';
}

/** The form a browser (or a careless template) might finally see: entities decoded, invisibles removed. */
function revealScheme(url: string): string {
  let text = url;
  // A few rounds undo double encoding such as `&amp;#106;`.
  for (let round = 0; round < 4; round += 1) {
    const decoded = decodeEntitiesOnce(text);
    if (decoded === text) break;
    text = decoded;
  }
  return text.replace(invisible, '').toLowerCase();
}

/**
 * The one URL check every widget uses. Returns the URL (trimmed) when it is relative or uses
 * http, https, mailto or tel; returns `undefined` for anything else, including schemes disguised
 * by case, whitespace, control characters or HTML entities.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex -- the URL parser strips leading/trailing C0 controls and spaces.
  const trimmed = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (trimmed === '') return undefined;
  // A path from the site root ("/tin-tuc/…", the usual case) cannot carry a scheme: skip the parsing.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this excludes
  if (/^\/(?![/\\])[^\u0000-\u0020&]*$/.test(trimmed)) return trimmed;

  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(revealScheme(trimmed))?.[1];
  if (scheme !== undefined && !isAllowedScheme(`${scheme}:`)) return undefined;

  let parsed: URL;
  try {
    parsed = new URL(trimmed, 'https://relative.invalid/');
  } catch {
    return undefined;
  }
  return isAllowedScheme(parsed.protocol) ? trimmed : undefined;
}

function isAllowedScheme(protocol: string): boolean {
  return (allowedUrlSchemes as readonly string[]).includes(protocol);
}

/** Absolute form of a safe URL against a base (for JSON-LD and similar machine-readable output). */
export function absoluteUrl(value: string, base: string): string | undefined {
  const safe = safeUrl(value);
  if (safe === undefined) return undefined;
  try {
    return new URL(safe, base).href;
  } catch {
    return undefined;
  }
}

let lastPage = { url: '', origin: '' };

/** Whether a safe URL leaves the current origin (external links get rel="noopener noreferrer"). */
export function isExternalUrl(value: string, pageUrl: string): boolean {
  // Relative URLs (the common case on a portal) never leave the origin: no parsing needed.
  if (!/^([a-z][a-z0-9+.-]*:|\/\/|\\)/i.test(value.trim())) return false;
  try {
    const target = new URL(value, pageUrl);
    if (lastPage.url !== pageUrl) lastPage = { url: pageUrl, origin: new URL(pageUrl).origin };
    return (target.protocol === 'http:' || target.protocol === 'https:') && target.origin !== lastPage.origin;
  } catch {
    return false;
  }
}

/**
 * A URL from an attribute or data through {@link safeUrl}, with one named warning when it is
 * dropped; empty values are simply absent.
 */
export function checkedUrl(
  value: unknown,
  element: string,
  attribute: string,
  fallback = 'no link',
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const safe = safeUrl(value);
  if (safe === undefined) {
    reportInvalidInput('warn', {
      element,
      attribute,
      value,
      problem: 'unsafe or malformed URL',
      allowed: 'http:, https:, mailto:, tel: or relative URLs',
      fallback,
    });
  }
  return safe;
}
