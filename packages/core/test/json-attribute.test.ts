import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { jsonAttribute, parseJsonAttribute, type JsonAttributeOptions } from '../src/json-attribute.js';

const options: JsonAttributeOptions = {
  element: 'pw-links-list',
  attribute: 'items',
  allowed: 'a JSON array of {"label", "href"}',
  fallback: 'the links in the light DOM',
};

describe('parseJsonAttribute', () => {
  let consoleError: MockInstance<typeof console.error>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    consoleError.mockRestore();
  });

  it.each([
    [
      'an array',
      '[{"label":"Chính phủ","href":"https://chinhphu.vn"}]',
      [{ label: 'Chính phủ', href: 'https://chinhphu.vn' }],
    ],
    ['an object', '{"vi":{"heading":"Bình luận"}}', { vi: { heading: 'Bình luận' } }],
    ['a number', '42', 42],
    ['a string', '"Hà Nội"', 'Hà Nội'],
    ['null', 'null', null],
    ['JSON with surrounding whitespace', '  [1, 2]\n', [1, 2]],
  ])('parses %s', (_, value, expected) => {
    expect(parseJsonAttribute(value, options)).toEqual(expected);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing attribute', null],
    ['an empty attribute', ''],
    ['a whitespace-only attribute', '  \n '],
  ])('gives undefined without a log for %s', (_, value) => {
    expect(parseJsonAttribute(value, options)).toBeUndefined();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it.each([
    ['a trailing comma', '[{"label":"a"},]'],
    ['single quotes', "[{'label':'a'}]"],
    ['plain text', 'Chính phủ'],
    ['a truncated array', '[{"label":"a"'],
  ])('gives undefined for %s and logs one named error', (_, value) => {
    let result: unknown = 'not called';
    expect(() => {
      result = parseJsonAttribute(value, options);
    }).not.toThrow();
    expect(result).toBeUndefined();
    expect(consoleError).toHaveBeenCalledTimes(1);
    const [message] = consoleError.mock.calls[0] ?? [];
    expect(message).toEqual(expect.any(String));
    expect(message).toContain('<pw-links-list>');
    expect(message).toContain('items');
    expect(message).toContain(value);
    expect(message).toContain('invalid JSON');
    expect(message).toContain(options.allowed);
    expect(message).toContain(options.fallback);
  });
});

describe('jsonAttribute converter', () => {
  let consoleError: MockInstance<typeof console.error>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    consoleError.mockRestore();
  });

  interface Link {
    label: string;
    href: string;
  }

  it('parses an attribute into a value', () => {
    const converter = jsonAttribute<Link[]>(options);
    expect(converter.fromAttribute?.('[{"label":"a","href":"/a"}]')).toEqual([{ label: 'a', href: '/a' }]);
    expect(converter.fromAttribute?.(null)).toBeUndefined();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('turns bad JSON into undefined with one named error', () => {
    const converter = jsonAttribute<Link[]>(options);
    expect(converter.fromAttribute?.('[oops')).toBeUndefined();
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0]?.[0]).toContain('<pw-links-list> items');
  });

  it('reflects a value back as JSON and undefined as no attribute', () => {
    const converter = jsonAttribute<Link[]>(options);
    const links = [{ label: 'Cổng thông tin', href: 'https://tinh.gov.vn' }];
    const reflected = converter.toAttribute?.(links);
    expect(reflected).toBe('[{"label":"Cổng thông tin","href":"https://tinh.gov.vn"}]');
    expect(converter.fromAttribute?.(reflected as string)).toEqual(links);
    expect(converter.toAttribute?.(undefined)).toBeNull();
  });
});
