/*
 * Feed HTML (RSS descriptions, Atom html content, JSON Feed content_html) reduced to plain text
 * with string scanning only: a DOM parser would need a Trusted Types policy for HTML, could fetch
 * images while parsing, and does not exist in Node.
 */

import { toNFC } from '@portal-widgets/core';

// Latin-1 names in code point order from U+00A0.
// prettier-ignore
const latin1Names = [
  'nbsp', 'iexcl', 'cent', 'pound', 'curren', 'yen', 'brvbar', 'sect', 'uml', 'copy', 'ordf', 'laquo',
  'not', 'shy', 'reg', 'macr', 'deg', 'plusmn', 'sup2', 'sup3', 'acute', 'micro', 'para', 'middot',
  'cedil', 'sup1', 'ordm', 'raquo', 'frac14', 'frac12', 'frac34', 'iquest', 'Agrave', 'Aacute', 'Acirc',
  'Atilde', 'Auml', 'Aring', 'AElig', 'Ccedil', 'Egrave', 'Eacute', 'Ecirc', 'Euml', 'Igrave', 'Iacute',
  'Icirc', 'Iuml', 'ETH', 'Ntilde', 'Ograve', 'Oacute', 'Ocirc', 'Otilde', 'Ouml', 'times', 'Oslash',
  'Ugrave', 'Uacute', 'Ucirc', 'Uuml', 'Yacute', 'THORN', 'szlig', 'agrave', 'aacute', 'acirc', 'atilde',
  'auml', 'aring', 'aelig', 'ccedil', 'egrave', 'eacute', 'ecirc', 'euml', 'igrave', 'iacute', 'icirc',
  'iuml', 'eth', 'ntilde', 'ograve', 'oacute', 'ocirc', 'otilde', 'ouml', 'divide', 'oslash', 'ugrave',
  'uacute', 'ucirc', 'uuml', 'yacute', 'thorn', 'yuml',
];

// prettier-ignore
const namedEntities = new Map<string, number>([
  ...latin1Names.map((name, index): [string, number] => [name, 0xa0 + index]),
  ...Object.entries({
    amp: 0x26, AMP: 0x26, lt: 0x3c, LT: 0x3c, gt: 0x3e, GT: 0x3e, quot: 0x22, QUOT: 0x22, apos: 0x27,
    // Vietnamese letters outside Latin-1 that have names (ơ and ư have none).
    Abreve: 0x102, abreve: 0x103, Dstrok: 0x110, dstrok: 0x111, Itilde: 0x128, itilde: 0x129,
    Utilde: 0x168, utilde: 0x169,
    OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6,
    tilde: 0x2dc, ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e,
    rlm: 0x200f, ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c,
    rdquo: 0x201d, bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026,
    permil: 0x2030, prime: 0x2032, Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, oline: 0x203e,
    frasl: 0x2044, euro: 0x20ac, trade: 0x2122, larr: 0x2190, uarr: 0x2191, rarr: 0x2192, darr: 0x2193,
    harr: 0x2194, minus: 0x2212, infin: 0x221e, asymp: 0x2248, ne: 0x2260, le: 0x2264, ge: 0x2265,
  }),
]);

// What HTML makes of &#128;–&#159;: old CMS content means Windows-1252 punctuation there.
// prettier-ignore
const windows1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

function fromCodePoint(value: number): string {
  if (value >= 0x80 && value <= 0x9f) return String.fromCodePoint(windows1252[value - 0x80] ?? value);
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(value);
}

/**
 * Decodes numeric character references (with or without the final `;`, as browsers do) and the
 * named ones above. Unknown names stay as written. Decodes once: `&amp;lt;` gives `&lt;`.
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#[xX]([0-9a-fA-F]{1,8});?|#(\d{1,10});?|([a-zA-Z][a-zA-Z0-9]{1,31});)/g,
    (match: string, hex?: string, dec?: string, name?: string) => {
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
      if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
      const code = namedEntities.get(name ?? '');
      return code === undefined ? match : String.fromCodePoint(code);
    },
  );
}

// Elements whose content is never reading text: code, styles, inert templates, fallbacks and widgets.
// prettier-ignore
const droppedElements = [
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'object', 'video', 'audio',
  'canvas', 'svg', 'math', 'select', 'textarea', 'head', 'title',
];

// Elements that start a new line when rendered; they become a space between words.
// prettier-ignore
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

const attributes = `(?:[^>"']|"[^"]*"|'[^']*')*`;
const comment = '<!--[\\s\\S]*?(?:-->|$)';
// Group 1 is the element's name: a pattern using this must have no group before it.
const elementWithContent = (names: readonly string[]) =>
  `<(${names.join('|')})(?=[\\s/>])${attributes}>[\\s\\S]*?(?:<\\/\\1[^>]*>|$)`;

/**
 * One pass over markup, in document order, so a `<script>` inside a comment (or a comment inside a
 * script) is handled as a browser would. Groups: 1 dropped element, 2 tag name of any other tag.
 */
const markup = new RegExp(
  [
    comment,
    '<!\\[CDATA\\[|\\]\\]>',
    elementWithContent(droppedElements),
    `<\\/?([a-zA-Z][^\\s/>]*)${attributes}>`,
    // A tag cut off or with an unbalanced quote runs to the next ">" or the end, as in HTML.
    '<\\/?[a-zA-Z][^>]*(?:>|$)',
    // Doctypes, processing instructions, bogus comments.
    '<[!?][^>]*(?:>|$)',
  ].join('|'),
  'gi',
);

// eslint-disable-next-line no-control-regex -- stray control characters are what this removes.
const controls = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
// In feed text these are Windows-1252 punctuation that went through a Latin-1 decoder (or &#150;).
const c1Controls = /[\u0080-\u009f]/g;

export interface TextOptions {
  /** Longest result in UTF-16 units, "…" included; cut at a word boundary. Default: no limit. */
  maxLength?: number;
}

/** Whitespace collapsed, trimmed, NFC, optionally shortened. */
export function normalizeText(text: string, options: TextOptions = {}): string {
  const clean = toNFC(
    text
      .replace(c1Controls, (control) => {
        const code = windows1252[control.charCodeAt(0) - 0x80] ?? 0;
        return code < 0xa0 ? '' : String.fromCodePoint(code);
      })
      .replace(controls, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return options.maxLength === undefined ? clean : truncateText(clean, options.maxLength);
}

/**
 * Shortens text to at most `maxLength` units ending in "…", at the last space when there is one
 * in the second half, otherwise at a grapheme boundary (never inside an emoji or a letter with its
 * marks).
 */
export function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const limit = Math.max(0, Math.floor(maxLength) - 1);
  let cut = text.lastIndexOf(' ', limit);
  if (cut < limit / 2) cut = graphemeBoundaryBefore(text, limit);
  const head = text.slice(0, cut).replace(/[\s,;:.\-–—]+$/u, '');
  return `${head}…`;
}

function graphemeBoundaryBefore(text: string, index: number): number {
  if (typeof Intl.Segmenter === 'function') {
    let boundary = 0;
    for (const { index: start } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
      if (start > index) break;
      boundary = start;
    }
    return boundary;
  }
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
}

/**
 * Plain text from feed HTML: scripts, styles, templates, comments and their contents dropped, CDATA
 * markers removed (their text kept), block ends and `<br>` turned into spaces, every other tag
 * removed (images and frames leave nothing), entities decoded, whitespace collapsed, NFC.
 */
export function htmlToText(html: string, options: TextOptions = {}): string {
  const stripped = html.replace(markup, (_match, _dropped: string | undefined, tag: string | undefined) =>
    tag !== undefined && blockElements.has(tag.toLowerCase()) ? ' ' : '',
  );
  return normalizeText(decodeEntities(stripped), options);
}

export interface HtmlImage {
  src: string;
  /** The `alt` text (possibly empty), when the image has one. */
  alt?: string;
}

// Pictures in <noscript> count: lazy-loading pages put the real <img> there.
const imageTag = new RegExp(
  `${comment}|${elementWithContent(droppedElements.filter((name) => name !== 'noscript'))}|<img(?=[\\s/>])(${attributes})>`,
  'gi',
);
const attribute = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
// Lazy-loading scripts keep the real address here and a placeholder in src.
const sourceAttributes = ['data-src', 'data-original', 'data-lazy-src', 'src'];

function parseAttributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name = '', double, single, bare] of text.matchAll(attribute)) {
    const key = name.toLowerCase();
    if (!found.has(key)) found.set(key, decodeEntities(double ?? single ?? bare ?? ''));
  }
  return found;
}

/**
 * The first real image in feed HTML (the usual picture of a news item): lazy-loading placeholders
 * (`data:` sources) and 1×1 tracking pixels are skipped. The source is returned as written.
 */
export function firstImage(html: string): HtmlImage | undefined {
  for (const [, , attributeText] of html.matchAll(imageTag)) {
    if (attributeText === undefined) continue;
    const attrs = parseAttributes(attributeText);
    if (['width', 'height'].some((size) => /^\s*[01](?:px)?\s*$/.test(attrs.get(size) ?? ''))) continue;
    const src = sourceAttributes
      .map((name) => attrs.get(name)?.trim())
      .find((value) => value && !/^data:/i.test(value));
    if (src === undefined) continue;
    const alt = attrs.get('alt');
    return alt === undefined ? { src } : { src, alt: normalizeText(alt) };
  }
  return undefined;
}
