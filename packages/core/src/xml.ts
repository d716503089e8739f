import { trustedPolicy } from './trusted-types.js';

/** The Trusted Types policy name a host must allow (besides the JSON-LD one) to read XML feeds. */
export const xmlPolicyName = 'portal-widgets-xml';

const parserErrorNamespaces = [
  // Chromium and WebKit insert an XHTML <parsererror> into what they could parse.
  'http://www.w3.org/1999/xhtml',
  // Gecko (and jsdom) return a document whose root is this <parsererror>.
  'http://www.mozilla.org/newlayout/xml/parsererror.xml',
];

function xmlPolicy() {
  return trustedPolicy(xmlPolicyName, {
    // An XML document from DOMParser is inert: it never runs scripts or loads anything, and nodes
    // read from it are only used as text. So the text may pass unchanged; the sink merely insists
    // on TrustedHTML whatever the MIME type.
    createHTML: (input) => input,
  });
}

/**
 * Whether `parseXml` can work here: a DOMParser exists and the page's Trusted Types rules (if
 * any) allow the `portal-widgets-xml` policy. Lets a caller tell "malformed" from "not allowed".
 */
export function canParseXml(): boolean {
  return typeof DOMParser === 'function' && xmlPolicy() !== null;
}

/**
 * Parses XML (a feed, say) with the browser's own parser, also under `require-trusted-types-for
 * 'script'`. Returns `undefined` for text that is not well-formed, when there is no DOMParser, or
 * when the page refuses the `portal-widgets-xml` policy.
 */
export function parseXml(text: string): XMLDocument | undefined {
  if (typeof DOMParser !== 'function') return undefined;
  const policy = xmlPolicy();
  if (policy === null) return undefined;
  let document: Document;
  try {
    // A TrustedHTML is accepted where the DOM typings only know strings.
    const input = (policy === undefined ? text : policy.createHTML(text)) as string;
    document = new DOMParser().parseFromString(input, 'application/xml');
  } catch {
    return undefined;
  }
  const failed = parserErrorNamespaces.some(
    (namespace) => document.getElementsByTagNameNS(namespace, 'parsererror').length > 0,
  );
  return failed || document.documentElement === null ? undefined : (document as XMLDocument);
}
