// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { groupLinks, normalizeLinks, readLightDomLinks, type LinkItem } from '../src/links.js';

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

describe('normalizeLinks', () => {
  it('keeps valid links with their optional fields, without logging', () => {
    const links = normalizeLinks(
      [
        {
          label: 'Bộ Nội vụ',
          href: 'https://moha.gov.vn',
          group: 'Bộ, ngành',
          logo: '/logos/moha.png',
          description: 'Cổng thông tin điện tử',
        },
        { label: 'Tỉnh Quảng Trị', href: '/quang-tri', target: '_blank' },
      ],
      'items',
    );
    expect(links).toEqual([
      {
        label: 'Bộ Nội vụ',
        href: 'https://moha.gov.vn',
        group: 'Bộ, ngành',
        logo: '/logos/moha.png',
        description: 'Cổng thông tin điện tử',
      },
      { label: 'Tỉnh Quảng Trị', href: '/quang-tri', newTab: true },
    ]);
    expect(warnSpy).not.toHaveBeenCalled();
    expect(errorSpy).not.toHaveBeenCalled();
  });

  it('accepts an object holding the array in "links" or "items", as JSON files often do', () => {
    const link = { label: 'Bộ Y tế', href: 'https://moh.gov.vn' };
    expect(normalizeLinks({ links: [link] }, 'src')).toEqual([link]);
    expect(normalizeLinks({ items: [link] }, 'src')).toEqual([link]);
  });

  it('normalises labels to NFC and collapses whitespace', () => {
    const links = normalizeLinks([{ label: '  Hà\n  Nội '.normalize('NFD'), href: '/ha-noi' }], 'items');
    expect(links?.[0]?.label).toBe('Hà Nội');
  });

  it('drops unsafe URLs with a warning naming the element and the entry', () => {
    const links = normalizeLinks(
      [
        { label: 'Lừa đảo', href: 'javascript:alert(1)' },
        { label: 'Ẩn', href: ' jav&#x61;script:alert(1)' },
        { label: 'Dữ liệu', href: 'data:text/html,<script>alert(1)</script>' },
        { label: 'Bộ Tài chính', href: 'https://mof.gov.vn' },
      ],
      'items',
    );
    expect(links?.map((link) => link.label)).toEqual(['Bộ Tài chính']);
    expect(warnSpy).toHaveBeenCalledTimes(3);
    expect(logged(warnSpy)).toContain('<pw-links-list> items[0].href: unsafe or malformed URL');
    expect(logged(warnSpy)).toContain('items[2].href');
  });

  it('drops an unsafe logo but keeps the link', () => {
    const links = normalizeLinks([{ label: 'Bộ Y tế', href: 'https://moh.gov.vn', logo: 'javascript:x' }], 'items');
    expect(links).toEqual([{ label: 'Bộ Y tế', href: 'https://moh.gov.vn' }]);
    expect(logged(warnSpy)).toContain('items[0].logo');
  });

  it('drops entries without a label or without a URL, and entries that are not objects, naming each', () => {
    const links = normalizeLinks(
      [{ href: 'https://a.gov.vn' }, { label: '   ', href: '/b' }, { label: 'Không có địa chỉ' }, 'Bộ Công an', null],
      'src',
    );
    expect(links).toEqual([]);
    expect(warnSpy).toHaveBeenCalledTimes(5);
    const text = logged(warnSpy);
    expect(text).toContain('src[0]: missing label');
    expect(text).toContain('src[1]: missing label');
    expect(text).toContain('src[2]: missing href');
    expect(text).toContain('src[3]: not an object');
    expect(text).toContain('src[4]: not an object');
  });

  it('gives undefined with one error for a value that holds no array', () => {
    for (const value of [{ data: [] }, 'links', 42, true]) expect(normalizeLinks(value, 'items')).toBeUndefined();
    expect(errorSpy).toHaveBeenCalledTimes(4);
    expect(logged(errorSpy)).toContain('<pw-links-list> items: not an array of links');
    expect(logged(errorSpy)).toContain('Using src or the light-DOM links.');
  });

  it('gives undefined quietly when there is no value', () => {
    expect(normalizeLinks(undefined, 'items')).toBeUndefined();
    expect(normalizeLinks(null, 'items')).toBeUndefined();
    expect(errorSpy).not.toHaveBeenCalled();
  });
});

function host(markup: string): HTMLElement {
  const element = document.createElement('pw-links-list');
  element.innerHTML = markup;
  return element;
}

describe('readLightDomLinks', () => {
  it('reads links in document order with the heading before them as their group', () => {
    const links = readLightDomLinks(
      host(`
        <a href="https://chinhphu.vn">Cổng Thông tin điện tử Chính phủ</a>
        <h3>Bộ, ngành</h3>
        <ul>
          <li><a href="https://moh.gov.vn" title="Cổng thông tin Bộ Y tế">Bộ Y tế</a></li>
          <li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
        </ul>
        <h3>Tỉnh, thành phố</h3>
        <ul><li><a href="https://hanoi.gov.vn">Hà Nội</a></li></ul>
      `),
    );
    expect(links).toEqual([
      { label: 'Cổng Thông tin điện tử Chính phủ', href: 'https://chinhphu.vn' },
      { label: 'Bộ Y tế', href: 'https://moh.gov.vn', group: 'Bộ, ngành', description: 'Cổng thông tin Bộ Y tế' },
      { label: 'Bộ Giáo dục và Đào tạo', href: 'https://moet.gov.vn', group: 'Bộ, ngành', newTab: true },
      { label: 'Hà Nội', href: 'https://hanoi.gov.vn', group: 'Tỉnh, thành phố' },
    ]);
  });

  it('takes data-group from the link or its closest ancestor over a heading', () => {
    const links = readLightDomLinks(
      host(`
        <h3>Tiêu đề</h3>
        <div data-group="Sở, ngành"><a href="/so-noi-vu">Sở Nội vụ</a><a href="/cong-an" data-group="Công an">Công an tỉnh</a></div>
      `),
    );
    expect(links.map((link) => link.group)).toEqual(['Sở, ngành', 'Công an']);
  });

  it('ignores a data-group outside the element', () => {
    const outer = document.createElement('div');
    outer.dataset.group = 'Ngoài';
    const element = host('<a href="/a">A</a>');
    outer.append(element);
    expect(readLightDomLinks(element)[0]?.group).toBeUndefined();
  });

  it('uses a logo image, and its alt as the label when the link has no text', () => {
    const links = readLightDomLinks(
      host(`<a href="https://mof.gov.vn"><img src="/logos/mof.png" alt="Bộ Tài chính"></a>`),
    );
    expect(links).toEqual([{ label: 'Bộ Tài chính', href: 'https://mof.gov.vn', logo: '/logos/mof.png' }]);
  });

  it('skips anchors without href, and drops unsafe ones with a warning', () => {
    const links = readLightDomLinks(
      host(`<a name="top">Đầu trang</a><a href="javascript:void(0)">Xấu</a><a href="/tot">Tốt</a>`),
    );
    expect(links.map((link) => link.label)).toEqual(['Tốt']);
    expect(warnSpy).toHaveBeenCalledOnce();
    expect(logged(warnSpy)).toContain('<pw-links-list> light-DOM link 0.href: unsafe or malformed URL');
  });
});

describe('groupLinks', () => {
  const link = (label: string, group?: string): LinkItem =>
    group ? { label, href: '/', group } : { label, href: '/' };

  it('groups in the order groups first appear, ungrouped links first', () => {
    const groups = groupLinks([link('a', 'Bộ'), link('b'), link('c', 'Tỉnh'), link('d', 'Bộ'), link('e')]);
    expect(groups.map((group) => [group.name, group.links.map((item) => item.label)])).toEqual([
      [undefined, ['b', 'e']],
      ['Bộ', ['a', 'd']],
      ['Tỉnh', ['c']],
    ]);
  });

  it('gives no group for no links', () => {
    expect(groupLinks([])).toEqual([]);
  });
});
