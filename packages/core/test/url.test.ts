import { describe, expect, it, vi } from 'vitest';
import { absoluteUrl, checkedUrl, allowedUrlSchemes, isExternalUrl, safeUrl } from '../src/url.js';

describe('safeUrl', () => {
  const allowed = [
    ['http', 'http://example.org/'],
    ['https', 'https://tinh.gov.vn/tin-tuc?id=1#binh-luan'],
    ['upper-case https', 'HTTPS://EXAMPLE.ORG/'],
    ['mailto', 'mailto:banbientap@tinh.gov.vn'],
    ['tel', 'tel:+842438223311'],
    ['root-relative path', '/tin-tuc'],
    ['relative path', 'tin-tuc/a'],
    ['dot-relative path', '../tin-tuc/a.html'],
    ['query only', '?q=1'],
    ['fragment only', '#muc'],
    ['protocol-relative', '//example.org/x'],
    ['javascript: only inside the query', 'https://example.org/?next=javascript:x'],
    ['colon after a path segment', 'tin-tuc/a:b'],
  ] as const;

  it.each(allowed)('keeps %s', (_, url) => {
    expect(safeUrl(url)).toBe(url);
  });

  it('trims surrounding whitespace and control characters from a kept URL', () => {
    expect(safeUrl('  \t\nhttps://example.org/a \u0001')).toBe('https://example.org/a');
  });

  const dropped = [
    ['javascript:', 'javascript:alert(1)'],
    ['mixed-case javascript:', 'JaVaScRiPt:alert(1)'],
    ['leading spaces', '   javascript:alert(1)'],
    ['leading tab and newline', '\t\njavascript:alert(1)'],
    ['leading control character', '\u0001javascript:alert(1)'],
    ['leading no-break space', '\u00a0javascript:alert(1)'],
    ['tab inside the scheme', 'java\tscript:alert(1)'],
    ['newline inside the scheme', 'java\nscript:alert(1)'],
    ['carriage return inside the scheme', 'java\rscript:alert(1)'],
    ['NUL inside the scheme', 'java\u0000script:alert(1)'],
    ['zero-width space inside the scheme', 'java\u200bscript:alert(1)'],
    ['zero-width joiner inside the scheme', 'java\u200dscript:alert(1)'],
    ['byte-order mark inside the scheme', 'java\ufeffscript:alert(1)'],
    ['soft hyphen inside the scheme', 'java\u00adscript:alert(1)'],
    ['decimal entity', '&#106;avascript:alert(1)'],
    ['decimal entity without semicolon', '&#106avascript:alert(1)'],
    ['hex entity', '&#x6A;avascript:alert(1)'],
    ['zero-padded decimal entity', '&#0000106;avascript:alert(1)'],
    ['named colon entity', 'javascript&colon;alert(1)'],
    ['entity-encoded tab inside the scheme', 'jav&#x09;ascript:alert(1)'],
    ['named tab entity inside the scheme', 'jav&Tab;ascript:alert(1)'],
    ['double-encoded entity', '&amp;#106;avascript:alert(1)'],
    ['data: HTML', 'data:text/html,<script>alert(1)</script>'],
    ['upper-case DATA:', 'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://example.org/file'],
    ['blob:', 'blob:https://example.org/0b7c5a0e-0000-4000-8000-000000000000'],
    ['about:blank', 'about:blank'],
    ['empty string', ''],
    ['spaces only', '   '],
    ['whitespace and control characters only', ' \t\n\r\u0000\u001f '],
  ] as const;

  it.each(dropped)('drops %s', (_, url) => {
    expect(safeUrl(url)).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', {}],
    ['a URL object', new URL('https://example.org/')],
    ['an array', ['https://example.org/']],
  ] as const)('drops %s (not a string)', (_, value) => {
    expect(safeUrl(value)).toBeUndefined();
  });

  it('allows exactly http, https, mailto and tel', () => {
    expect([...allowedUrlSchemes]).toEqual(['http:', 'https:', 'mailto:', 'tel:']);
  });
});

describe('absoluteUrl', () => {
  const base = 'https://tinh.gov.vn/tin-tuc/bai-viet.html';

  it.each([
    ['/tin-tuc', 'https://tinh.gov.vn/tin-tuc'],
    ['khac.html', 'https://tinh.gov.vn/tin-tuc/khac.html'],
    ['?trang=2', 'https://tinh.gov.vn/tin-tuc/bai-viet.html?trang=2'],
    ['#binh-luan', 'https://tinh.gov.vn/tin-tuc/bai-viet.html#binh-luan'],
    ['//example.org/x', 'https://example.org/x'],
    ['https://example.org/a', 'https://example.org/a'],
    ['  /tin-tuc  ', 'https://tinh.gov.vn/tin-tuc'],
  ])('resolves %j against the page', (value, expected) => {
    expect(absoluteUrl(value, base)).toBe(expected);
  });

  it('drops an unsafe URL instead of resolving it', () => {
    expect(absoluteUrl('javascript:alert(1)', base)).toBeUndefined();
    expect(absoluteUrl('&#106;avascript:alert(1)', base)).toBeUndefined();
  });

  it('gives undefined when a relative URL has no usable base', () => {
    expect(absoluteUrl('/tin-tuc', 'not a url')).toBeUndefined();
  });
});

describe('isExternalUrl', () => {
  const page = 'https://tinh.gov.vn/tin-tuc/bai-viet.html';

  it.each([
    ['another host', 'https://chinhphu.vn/', true],
    ['a protocol-relative URL to another host', '//chinhphu.vn/', true],
    ['the same host over http (another origin)', 'http://tinh.gov.vn/', true],
    ['another port', 'https://tinh.gov.vn:8443/', true],
    ['a subdomain', 'https://sotttt.tinh.gov.vn/', true],
    ['the same origin', 'https://tinh.gov.vn/lien-he', false],
    ['a relative path', '/lien-he', false],
    ['a fragment', '#muc', false],
    ['mailto (not a web page)', 'mailto:a@tinh.gov.vn', false],
    ['tel (not a web page)', 'tel:+84123', false],
  ] as const)('%s → %s', (_, url, expected) => {
    expect(isExternalUrl(url, page)).toBe(expected);
  });

  it('is false when the page URL cannot be parsed', () => {
    expect(isExternalUrl('https://chinhphu.vn/', 'not a url')).toBe(false);
  });
});

describe('checkedUrl', () => {
  it('passes a safe URL through and leaves empty values absent, without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(checkedUrl('/tin-tuc', 'pw-test', 'href')).toBe('/tin-tuc');
    expect(checkedUrl('', 'pw-test', 'href')).toBeUndefined();
    expect(checkedUrl(null, 'pw-test', 'href')).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('drops an unsafe URL with one warning naming the element, the attribute and the fallback', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(checkedUrl('javascript:alert(1)', 'pw-test', 'items[2].href', 'plain text')).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /^<pw-test> items\[2\]\.href: unsafe or malformed URL.*Using plain text\.$/,
    );
    warn.mockRestore();
  });
});
