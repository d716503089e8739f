import { reportInvalidInput } from './report.js';
import { trustedPolicy, type TrustedPolicy } from './trusted-types.js';

/** Serialises structured data for a `<script type="application/ld+json">`, safe inside HTML. */
export function serializeJsonLd(data: unknown): string {
  return (JSON.stringify(data) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The Trusted Types policy name a host must allow when it lists policies in `trusted-types`. */
export const jsonLdPolicyName = 'portal-widgets-json-ld';

/**
 * Under `require-trusted-types-for 'script'`, a script's text cannot be set from a string. This
 * policy only lets through text that parses as JSON, which cannot run as a script.
 */
function jsonLdPolicy(): TrustedPolicy | null | undefined {
  return trustedPolicy(jsonLdPolicyName, {
    createScript(input) {
      JSON.parse(input);
      return input;
    },
  });
}

/**
 * Creates, updates or (with `data` undefined) removes the widget's JSON-LD script in its light DOM.
 * Returns false when the page's Trusted Types rules do not allow it, so the caller can say so.
 */
export function writeJsonLd(host: Element, marker: string, data: unknown): boolean {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[type="application/ld+json"][${marker}]`);
  if (data === undefined) {
    script?.remove();
    return true;
  }
  const json = serializeJsonLd(data);
  if (script?.textContent === json) return true;
  const policy = jsonLdPolicy();
  if (policy === null) return false;
  const text = policy === undefined ? json : policy.createScript(json);
  const created = script === null;
  script ??= host.ownerDocument.createElement('script');
  try {
    // A TrustedScript is accepted where the DOM typings only know strings.
    script.textContent = text as string;
  } catch {
    return false;
  }
  if (created) {
    script.type = 'application/ld+json';
    script.setAttribute(marker, '');
    host.append(script);
  }
  return true;
}

const refusedHosts = new WeakSet<Element>();

/**
 * A widget's structured data: {@link writeJsonLd}, plus one named warning per element when the
 * page's Trusted Types rules refuse the policy (the rest of the widget goes on working).
 */
export function writeStructuredData(host: Element, marker: string, data: unknown): void {
  if (writeJsonLd(host, marker, data) || refusedHosts.has(host)) return;
  refusedHosts.add(host);
  reportInvalidInput('warn', {
    element: host.localName,
    attribute: 'structured-data',
    value: true,
    problem: `the page's Trusted Types rules refuse the "${jsonLdPolicyName}" policy`,
    allowed: `a trusted-types directive that lists ${jsonLdPolicyName}`,
    fallback: 'no structured data',
  });
}
