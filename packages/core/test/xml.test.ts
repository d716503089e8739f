// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canParseXml, parseXml, xmlPolicyName } from '../src/xml.js';

const policyKey = Symbol.for(`portal-widgets.trusted-types-policy.${xmlPolicyName}`);

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(globalThis, policyKey);
});

describe('parseXml', () => {
  it('parses a well-formed document, namespaces and CDATA included', () => {
    const document = parseXml(
      '<?xml version="1.0"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/"><item><title><![CDATA[Tin <b>mới</b>]]></title>' +
        '<dc:creator>Hà</dc:creator></item></rss>',
    );
    expect(document?.documentElement.localName).toBe('rss');
    expect(document?.getElementsByTagName('title')[0]?.textContent).toBe('Tin <b>mới</b>');
    expect(document?.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')[0]?.textContent).toBe('Hà');
  });

  it.each([
    ['an unclosed element', '<rss><channel></rss>'],
    ['an HTML entity XML does not know', '<rss>&nbsp;</rss>'],
    ['an undeclared prefix', '<rss><media:content/></rss>'],
    ['text before the root', 'Warning: x<rss/>'],
    ['nothing', ''],
  ])('returns undefined for %s', (_, text) => {
    expect(parseXml(text)).toBeUndefined();
  });

  it('returns undefined without a DOMParser (Node, workers)', () => {
    vi.stubGlobal('DOMParser', undefined);
    expect(canParseXml()).toBe(false);
    expect(parseXml('<rss/>')).toBeUndefined();
  });

  it('passes the text through its Trusted Types policy when the page has Trusted Types', () => {
    const createHTML = vi.fn((input: string) => input);
    vi.stubGlobal('trustedTypes', {
      createPolicy: (name: string, rules: { createHTML(input: string): string }) => ({
        name,
        createHTML: (input: string) => createHTML(rules.createHTML(input)),
      }),
    });
    expect(canParseXml()).toBe(true);
    expect(parseXml('<feed><title>Tin</title></feed>')?.documentElement.textContent).toBe('Tin');
    expect(createHTML).toHaveBeenCalledWith('<feed><title>Tin</title></feed>');
  });

  it('returns undefined when the page refuses the portal-widgets-xml policy', () => {
    vi.stubGlobal('trustedTypes', {
      createPolicy: () => {
        throw new TypeError('Policy disallowed.');
      },
    });
    expect(canParseXml()).toBe(false);
    expect(parseXml('<rss/>')).toBeUndefined();
  });

  it('names its policy as documented', () => {
    expect(xmlPolicyName).toBe('portal-widgets-xml');
  });
});
