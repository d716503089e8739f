import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import {
  breadcrumbJsonLd,
  currentOnOwnLine,
  hiddenByBound,
  hiddenByCount,
  hiddenToFit,
  maxRenderedTail,
  normalizeItems,
  normalizeMaxItems,
  type TrailItem,
} from '../src/trail.js';

let errorSpy: MockInstance<typeof console.error>;
let warnSpy: MockInstance<typeof console.warn>;

beforeEach(() => {
  errorSpy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  warnSpy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const logged = (spy: MockInstance<(...args: unknown[]) => void>): string =>
  spy.mock.calls.map((call) => call.map(String).join(' ')).join('\n');

describe('normalizeItems', () => {
  it('keeps valid items as given, without logging', () => {
    const items = normalizeItems([
      { label: 'Trang chủ', href: '/' },
      { label: 'Tin tức', href: 'https://example.gov.vn/tin-tuc' },
      { label: 'Bài viết' },
    ]);
    expect(items).toEqual([
      { label: 'Trang chủ', href: '/' },
      { label: 'Tin tức', href: 'https://example.gov.vn/tin-tuc' },
      { label: 'Bài viết' },
    ]);
    expect(errorSpy).not.toHaveBeenCalled();
    expect(warnSpy).not.toHaveBeenCalled();
  });

  it('returns undefined for null and undefined (no items: use the light-DOM trail) without logging', () => {
    expect(normalizeItems(undefined)).toBeUndefined();
    expect(normalizeItems(null)).toBeUndefined();
    expect(errorSpy).not.toHaveBeenCalled();
  });

  it.each([
    ['an object', { label: 'Trang chủ' }],
    ['a string', '[{"label":"Trang chủ"}]'],
    ['a number', 42],
    ['a boolean', true],
  ])('returns undefined for %s and logs one console.error naming pw-breadcrumb and items', (_name, value) => {
    expect(normalizeItems(value)).toBeUndefined();
    expect(errorSpy).toHaveBeenCalledTimes(1);
    const message = logged(errorSpy);
    expect(message).toContain('pw-breadcrumb');
    expect(message).toContain('items');
    expect(warnSpy).not.toHaveBeenCalled();
  });

  it.each([
    ['no label', { href: '/a' }],
    ['an empty label', { label: '', href: '/a' }],
    ['a whitespace-only label', { label: ' \n\t ', href: '/a' }],
    ['a non-string label', { label: 7, href: '/a' }],
    ['null', null],
    ['a bare string', 'Trang chủ'],
  ])('skips an entry with %s and warns once', (_name, entry) => {
    const items = normalizeItems([{ label: 'Trang chủ', href: '/' }, entry, { label: 'Bài viết' }]);
    expect(items).toEqual([{ label: 'Trang chủ', href: '/' }, { label: 'Bài viết' }]);
    expect(warnSpy).toHaveBeenCalledTimes(1);
    expect(logged(warnSpy)).toContain('pw-breadcrumb');
    expect(logged(warnSpy)).toContain('items[1]');
    expect(errorSpy).not.toHaveBeenCalled();
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' data:text/html,x',
    'vbscript:msgbox(1)',
    'java\tscript:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
  ])('keeps the label of an item with unsafe href %j, drops the href and warns', (href) => {
    const items = normalizeItems([{ label: 'Nguy hiểm', href }]);
    expect(items).toEqual([{ label: 'Nguy hiểm' }]);
    expect(items?.[0]).not.toHaveProperty('href');
    expect(warnSpy).toHaveBeenCalledTimes(1);
    expect(logged(warnSpy)).toContain('pw-breadcrumb');
    expect(logged(warnSpy)).toContain('href');
  });

  it.each(['/', 'tin-tuc/', '?q=1', '#top', 'https://a.gov.vn', 'http://a.gov.vn', 'mailto:a@b.vn', 'tel:+84123'])(
    'keeps the safe href %j',
    (href) => {
      expect(normalizeItems([{ label: 'A', href }])).toEqual([{ label: 'A', href }]);
      expect(warnSpy).not.toHaveBeenCalled();
    },
  );

  it('treats an empty href as no link, without a warning', () => {
    expect(normalizeItems([{ label: 'A', href: '' }])).toEqual([{ label: 'A' }]);
    expect(warnSpy).not.toHaveBeenCalled();
  });

  it('collapses whitespace in labels', () => {
    expect(normalizeItems([{ label: '  Tin \n\t tức   trong  nước ' }])).toEqual([{ label: 'Tin tức trong nước' }]);
  });

  it('normalises decomposed Vietnamese labels to NFC', () => {
    const decomposed = 'Tin tức'.normalize('NFD');
    expect(decomposed).not.toBe('Tin tức');
    const [item] = normalizeItems([{ label: decomposed }]) ?? [];
    expect(item?.label).toBe('Tin tức'.normalize('NFC'));
    expect(item?.label.length).toBe('Tin tức'.normalize('NFC').length);
  });

  it('keeps lang and hreflang, trimmed, and ignores empty or non-string ones', () => {
    expect(normalizeItems([{ label: 'English', href: '/en', lang: ' en ', hreflang: 'en-GB' }])).toEqual([
      { label: 'English', href: '/en', lang: 'en', hreflang: 'en-GB' },
    ]);
    expect(normalizeItems([{ label: 'A', lang: '', hreflang: 3 }])).toEqual([{ label: 'A' }]);
  });

  it('ignores unknown properties', () => {
    expect(normalizeItems([{ label: 'A', href: '/a', onclick: 'alert(1)' }])).toEqual([{ label: 'A', href: '/a' }]);
  });

  it('returns an empty array for an empty array', () => {
    expect(normalizeItems([])).toEqual([]);
  });
});

describe('normalizeMaxItems', () => {
  it.each([2, 3, 10, 10_000])('accepts the whole number %d without warning', (value) => {
    expect(normalizeMaxItems(value)).toBe(value);
    expect(warnSpy).not.toHaveBeenCalled();
  });

  it.each([undefined, null])('returns undefined for %j without warning', (value) => {
    expect(normalizeMaxItems(value)).toBeUndefined();
    expect(warnSpy).not.toHaveBeenCalled();
  });

  it.each([1, 0, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '3', {}])(
    'rejects %j with one warning naming pw-breadcrumb and max-items',
    (value) => {
      expect(normalizeMaxItems(value)).toBeUndefined();
      expect(warnSpy).toHaveBeenCalledTimes(1);
      expect(logged(warnSpy)).toContain('pw-breadcrumb');
      expect(logged(warnSpy)).toContain('max-items');
    },
  );
});

describe('hiddenByBound', () => {
  it.each([0, 1, 2, 5, maxRenderedTail, maxRenderedTail + 1])('hides nothing for %d items', (count) => {
    expect(hiddenByBound(count)).toBe(0);
  });

  it('keeps the first item and the last maxRenderedTail items of a long trail', () => {
    expect(hiddenByBound(maxRenderedTail + 2)).toBe(1);
    expect(hiddenByBound(100)).toBe(100 - 1 - maxRenderedTail);
  });

  it('keeps 10,000 items bounded', () => {
    const hidden = hiddenByBound(10_000);
    expect(10_000 - hidden).toBe(maxRenderedTail + 1);
    expect(10_000 - hidden).toBeLessThanOrEqual(25);
  });
});

describe('hiddenByCount', () => {
  it.each<[number, number | undefined, number]>([
    [6, 3, 3],
    [6, 6, 0],
    [6, 10, 0],
    [6, 2, 4],
    [6, undefined, 0],
    [3, 2, 1],
    [0, 2, 0],
    [0, undefined, 0],
  ])('hides %d items with max-items %j → %d hidden', (count, maxItems, hidden) => {
    expect(hiddenByCount(count, maxItems)).toBe(hidden);
  });

  it.each<[number, number | undefined]>([
    [1, 2],
    [2, 2],
    [1, undefined],
    [2, undefined],
  ])('never hides anything in a trail of %d items (max-items %j)', (count, maxItems) => {
    expect(hiddenByCount(count, maxItems)).toBe(0);
  });

  it('keeps 10,000 items bounded even without max-items', () => {
    expect(10_000 - hiddenByCount(10_000, undefined)).toBeLessThanOrEqual(25);
    expect(hiddenByCount(10_000, 3)).toBe(10_000 - 3);
  });

  it('never hides the first item or the current page', () => {
    for (let count = 0; count <= 30; count += 1) {
      for (const maxItems of [undefined, 2, 3, 5]) {
        expect(hiddenByCount(count, maxItems)).toBeLessThanOrEqual(Math.max(0, count - 2));
      }
    }
  });
});

describe('currentOnOwnLine', () => {
  // First 100, middle items 120, 80, 90, current page 300; "…" is 30 wide; 8em is 112 px.
  const widths = [100, 120, 80, 90, 300];

  it.each<[string, readonly number[], number, number, number, boolean]>([
    ['the whole trail fits', widths, 0, 700, 0, false],
    ['three hidden: 100 + 30 leaves 170, above 112', widths, 3, 300, 30, false],
    ['three hidden: 100 + 30 leaves 111, under 112', widths, 3, 241, 30, true],
    ['nothing hidden, 390 before it in 480 leaves 90', widths, 0, 480, 0, true],
    ['a short current page (40) fits in the 90 left', [100, 120, 80, 90, 40], 0, 480, 0, false],
    ['a short current page does not fit in 30', [100, 120, 80, 90, 40], 0, 420, 0, true],
    ['a trail of one item never wraps', [300], 0, 50, 0, false],
    ['a trail not laid out (0 wide) never wraps', widths, 0, 0, 0, false],
  ])('%s', (_name, itemWidths, hidden, available, ellipsis, expected) => {
    expect(currentOnOwnLine(itemWidths, hidden, available, ellipsis, 112)).toBe(expected);
  });
});

describe('hiddenToFit', () => {
  const widths = [100, 120, 80, 90, 150];
  const total = 540;

  it.each<[string, readonly number[], number, number, boolean, number]>([
    ['fits exactly', widths, total, 30, false, 0],
    ['fits with room to spare', widths, 1000, 30, false, 0],
    ['needs one hidden (ellipsis counted)', widths, total - 1, 30, false, 1],
    ['needs one hidden: 540 + 30 - 120 = 450', widths, 450, 30, false, 1],
    ['needs two hidden: 450 - 80 = 370', widths, 449, 30, false, 2],
    ['needs three hidden: 370 - 90 = 280', widths, 369, 30, false, 3],
    ['impossible → count - 2', widths, 100, 30, false, 3],
    ['zero width → count - 2', widths, 0, 30, false, 3],
    ['one item never hides', [500], 10, 30, false, 0],
    ['two items never hide', [500, 500], 10, 30, false, 0],
    ['empty trail', [], 10, 30, false, 0],
  ])('%s', (_name, itemWidths, available, ellipsis, collapsed, expected) => {
    expect(hiddenToFit(itemWidths, available, ellipsis, collapsed)).toBe(expected);
  });

  it('counts the ellipsis from the start when the trail is already collapsed', () => {
    // 540 fits in 540 when nothing is collapsed, but not once the ellipsis (30) is already shown.
    expect(hiddenToFit(widths, total, 30, false)).toBe(0);
    expect(hiddenToFit(widths, total, 30, true)).toBe(1);
    expect(hiddenToFit(widths, total + 30, 30, true)).toBe(0);
  });

  it('counts the ellipsis only once when collapsed', () => {
    // Collapsed: 540 + 30 = 570; hiding one: 450 fits 450 (the ellipsis is not added a second time).
    expect(hiddenToFit(widths, 450, 30, true)).toBe(1);
  });

  it('absorbs sub-pixel rounding of up to half a pixel', () => {
    // Widths in quarter pixels add up exactly: 300.75 in total.
    const fractional = [100.25, 120.25, 80.25];
    expect(hiddenToFit(fractional, 300.75, 20, false)).toBe(0);
    expect(hiddenToFit(fractional, 300.5, 20, false)).toBe(0);
    expect(hiddenToFit(fractional, 300.25, 20, false)).toBe(0);
    expect(hiddenToFit(fractional, 300, 20, false)).toBe(1);
  });

  it('never hides the first or the last item', () => {
    const many = Array.from({ length: 12 }, () => 100);
    for (const available of [0, 50, 150, 250, 600, 1200]) {
      const hidden = hiddenToFit(many, available, 30, false);
      expect(hidden).toBeGreaterThanOrEqual(0);
      expect(hidden).toBeLessThanOrEqual(many.length - 2);
    }
  });
});

describe('breadcrumbJsonLd', () => {
  const base = 'https://portal.example.gov.vn/tin-tuc/bai-viet.html';

  it('is a schema.org BreadcrumbList with positions from 1 and absolute URLs', () => {
    const items: TrailItem[] = [
      { label: 'Trang chủ', href: '/' },
      { label: 'Tin tức', href: '../tin-tuc/' },
      { label: 'Thời sự', href: 'thoi-su?page=2#top' },
      { label: 'Đối ngoại', href: 'https://other.example.vn/doi-ngoai' },
      { label: 'Bài viết' },
    ];
    expect(breadcrumbJsonLd(items, base)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://portal.example.gov.vn/' },
        { '@type': 'ListItem', position: 2, name: 'Tin tức', item: 'https://portal.example.gov.vn/tin-tuc/' },
        {
          '@type': 'ListItem',
          position: 3,
          name: 'Thời sự',
          item: 'https://portal.example.gov.vn/tin-tuc/thoi-su?page=2#top',
        },
        { '@type': 'ListItem', position: 4, name: 'Đối ngoại', item: 'https://other.example.vn/doi-ngoai' },
        { '@type': 'ListItem', position: 5, name: 'Bài viết' },
      ],
    });
  });

  it('leaves out a middle item without a URL, which search engines would flag, and numbers the rest', () => {
    const data = breadcrumbJsonLd(
      [
        { label: 'Trang chủ', href: '/' },
        { label: 'Thủ tục hành chính' },
        { label: 'Tin tức', href: '/tin-tuc/' },
        { label: 'Bài viết' },
      ],
      base,
    );
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://portal.example.gov.vn/' },
      { '@type': 'ListItem', position: 2, name: 'Tin tức', item: 'https://portal.example.gov.vn/tin-tuc/' },
      { '@type': 'ListItem', position: 3, name: 'Bài viết' },
    ]);
  });

  it('omits item for the current page without href', () => {
    const data = breadcrumbJsonLd([{ label: 'Trang chủ', href: '/' }, { label: 'Bài viết' }], base);
    const list = data.itemListElement as Record<string, unknown>[];
    expect(list[1]).not.toHaveProperty('item');
    expect(list[1]).toMatchObject({ position: 2, name: 'Bài viết' });
  });

  it('keeps the current page URL when it has one', () => {
    const data = breadcrumbJsonLd(
      [
        { label: 'Trang chủ', href: '/' },
        { label: 'Bài viết', href: 'bai-viet.html' },
      ],
      base,
    );
    const list = data.itemListElement as Record<string, unknown>[];
    expect(list[1]?.item).toBe(base);
  });

  it('never emits an unsafe URL', () => {
    const data = breadcrumbJsonLd([{ label: 'X', href: 'javascript:alert(1)' }], base);
    const list = data.itemListElement as Record<string, unknown>[];
    expect(list[0]).not.toHaveProperty('item');
  });

  it('gives an empty list for an empty trail', () => {
    expect(breadcrumbJsonLd([], base).itemListElement).toEqual([]);
  });
});
