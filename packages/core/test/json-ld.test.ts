import { describe, expect, it } from 'vitest';
import { jsonLdPolicyName, serializeJsonLd } from '../src/json-ld.js';

describe('serializeJsonLd', () => {
  const breadcrumbList = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://tinh.gov.vn/' },
      { '@type': 'ListItem', position: 2, name: 'Tin tức </script><script>alert(1)</script>' },
    ],
  };

  it('writes no "<", so neither </script> nor <!-- can end or bend the script element', () => {
    const data = { name: '</script><script>alert(1)</script>', note: '<!-- <script>' };
    const json = serializeJsonLd(data);
    expect(json).not.toContain('<');
    expect(json).not.toMatch(/<\/script/i);
    expect(json).toContain('\\u003c/script>');
  });

  it('escapes the line and paragraph separators', () => {
    const json = serializeJsonLd({ name: 'dòng một\u2028dòng hai\u2029hết' });
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(json).toContain('\\u2028');
    expect(json).toContain('\\u2029');
  });

  it.each([
    ['a BreadcrumbList', breadcrumbList],
    ['text with every escaped character', { text: '<<a>>\u2028\u2029</SCRIPT>' }],
    ['Vietnamese text', { name: 'Ý kiến bạn đọc — Thời tiết Hà Nội' }],
    ['an array', [1, 'hai', null, true]],
    ['a string', '</script>'],
    ['a number', 3],
  ])('stays JSON that parses back to %s', (_, data) => {
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });

  it('changes nothing but the escaped characters', () => {
    const data = { name: 'a & b > c "quoted" \\ back' };
    expect(serializeJsonLd(data)).toBe(JSON.stringify(data));
  });
});

describe('jsonLdPolicyName', () => {
  it('is the documented Trusted Types policy name', () => {
    expect(jsonLdPolicyName).toBe('portal-widgets-json-ld');
  });
});
