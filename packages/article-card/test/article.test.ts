import { numberAttribute } from '@portal-widgets/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  listEntrySource,
  newsArticleJsonLd,
  normalizeArticle,
  normalizeArticles,
  normalizeHeadingLevel,
  normalizeLayout,
  unknownArticleKeys,
} from '../src/article.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('normalizeArticle', () => {
  it('keeps known fields, cleans text to NFC and drops unsafe URLs with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const article = normalizeArticle(
      {
        headline: '  Hội  nghị\n tổng kết ',
        href: '/tin/hoi-nghi',
        image: 'javascript:alert(1)',
        summary: 'Tóm tắt'.normalize('NFD'),
      },
      listEntrySource('items[0]'),
    );
    expect(article).toEqual({ headline: 'Hội nghị tổng kết', href: '/tin/hoi-nghi', summary: 'Tóm tắt' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('<pw-article-list> items[0].image');
    expect(String(warn.mock.calls[0]?.[0]), 'the card shows its placeholder').toMatch(/Using the placeholder\.$/);
  });

  it('says a dropped link leaves no link', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    normalizeArticle({ headline: 'Tin', href: 'javascript:alert(1)' }, listEntrySource('items[0]'));
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/items\[0\]\.href: .* Using no link\.$/);
  });

  it('accepts the attribute spellings image-alt, category-href and updated', () => {
    expect(
      normalizeArticle(
        { headline: 'Tin', 'image-alt': 'Ảnh', 'category-href': '/c', updated: '2026-11-27T10:00:00+07:00' },
        listEntrySource('items[0]'),
      ),
    ).toEqual({ headline: 'Tin', imageAlt: 'Ảnh', categoryHref: '/c', updatedAt: '2026-11-27T10:00:00+07:00' });
  });

  it('prefers the property name when both spellings are given', () => {
    expect(
      normalizeArticle({ headline: 'Tin', imageAlt: 'A', 'image-alt': 'B' }, listEntrySource('items[0]'))?.imageAlt,
    ).toBe('A');
  });

  it('keeps an empty imageAlt (decorative image)', () => {
    expect(normalizeArticle({ headline: 'Tin', imageAlt: '' }, listEntrySource('items[0]'))?.imageAlt).toBe('');
  });

  it('skips an entry without a headline, with a named warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(normalizeArticle({ title: 'Tin' }, listEntrySource('items[3]'))).toBeUndefined();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/<pw-article-list> items\[3\]: missing headline/);
  });
});

describe('normalizeArticles', () => {
  it('returns undefined for anything but an array, with one named error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(normalizeArticles({ headline: 'x' })).toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toContain('<pw-article-list> items: not an array');
  });

  it('warns once about unknown keys across all entries and keeps the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const articles = normalizeArticles([
      { headline: 'Một', link: '/1' },
      { headline: 'Hai', link: '/2', tittle: 'typo' },
    ]);
    expect(articles?.map((article) => article.headline)).toEqual(['Một', 'Hai']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/items: unknown keys in link, tittle/);
  });

  it('lists no unknown keys for property names or attribute spellings', () => {
    expect(unknownArticleKeys([{ headline: 'a', categoryHref: '/c', 'category-href': '/c', updated: 'x' }])).toEqual(
      [],
    );
  });
});

describe('normalizeLayout and normalizeHeadingLevel', () => {
  it.each(['vertical', 'horizontal', 'compact', 'featured'])('accepts %s', (layout) => {
    expect(normalizeLayout(layout, 'pw-article-card')).toBe(layout);
  });

  it('falls back to vertical with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(normalizeLayout('grid', 'pw-article-card')).toBe('vertical');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it.each([2, 3, 4, 5, 6])('accepts heading level %i', (level) => {
    expect(normalizeHeadingLevel(level)).toBe(level);
  });

  it.each([1, 7, 2.5, Number.NaN])('falls back to 3 for %s with a warning', (level) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(normalizeHeadingLevel(level)).toBe(3);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('newsArticleJsonLd', () => {
  it('writes absolute URLs and ISO dates, and leaves out what is missing', () => {
    expect(
      newsArticleJsonLd(
        { headline: 'Tin', href: '/tin/1', image: 'anh.jpg', published: '2026-11-27T08:30:00+07:00', author: 'An' },
        'https://tinh.gov.vn/tin-tuc/',
      ),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Tin',
      url: 'https://tinh.gov.vn/tin/1',
      mainEntityOfPage: 'https://tinh.gov.vn/tin/1',
      image: ['https://tinh.gov.vn/tin-tuc/anh.jpg'],
      datePublished: '2026-11-27T01:30:00.000Z',
      author: [{ '@type': 'Person', name: 'An' }],
    });
  });
});

describe('heading-level through the shared number converter', () => {
  const read = (value: string | null): unknown => numberAttribute.fromAttribute?.(value, undefined);

  it('lets the warning about heading-level name the text, not NaN', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(normalizeHeadingLevel(read('abc'))).toBe(3);
    expect(String(warn.mock.calls[0]?.[0])).toContain('heading-level: not one of the allowed values in abc.');
    expect(String(warn.mock.calls[0]?.[0])).not.toContain('NaN');
  });
});
