import { describe, expect, it } from 'vitest';
import type { LinkItem } from '../src/links.js';
import { foldForSearch, matchLinks, searchText } from '../src/search.js';

const links: LinkItem[] = [
  { label: 'Thành phố Hà Nội', href: 'https://hanoi.gov.vn' },
  { label: 'Thành phố Đà Nẵng', href: 'https://danang.gov.vn' },
  { label: 'Tỉnh Hà Nam', href: 'https://hanam.gov.vn' },
  { label: 'Bộ Y tế', href: 'https://moh.gov.vn', description: 'Cổng thông tin điện tử Bộ Y tế' },
  { label: 'Tỉnh Đắk Lắk', href: 'https://daklak.gov.vn' },
];
const folded = links.map(searchText);
const labels = (query: string): string[] => matchLinks(links, folded, query).map((link) => link.label);

describe('foldForSearch', () => {
  it.each([
    ['Hà Nội', 'ha noi'],
    ['HÀ NỘI', 'ha noi'],
    ['ha noi', 'ha noi'],
    ['Đà Nẵng', 'da nang'],
    ['đắk lắk', 'dak lak'],
    ['  Thừa   Thiên\tHuế ', 'thua thien hue'],
    ['Bà Rịa - Vũng Tàu', 'ba ria vung tau'],
    ['(Bộ Y tế)', 'bo y te'],
    // Decomposed input (as some keyboards and pasted text produce) folds the same way.
    ['Hà Nội'.normalize('NFD'), 'ha noi'],
    ['Quảng Trị', 'quang tri'],
  ])('folds %j to %j', (text, expected) => {
    expect(foldForSearch(text)).toBe(expected);
  });

  it('maps đ and Đ by hand: they do not decompose', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldForSearch('Đđ')).toBe('dd');
  });
});

describe('matchLinks', () => {
  it('finds "Hà Nội" whether the query has diacritics, capitals or neither', () => {
    for (const query of ['ha noi', 'HA NOI', 'Hà Nội', 'hà nội', 'Ha Noi']) {
      expect(labels(query), query).toEqual(['Thành phố Hà Nội']);
    }
  });

  it('finds "Đà Nẵng" from "da nang"', () => {
    expect(labels('da nang')).toEqual(['Thành phố Đà Nẵng']);
    expect(labels('dak')).toEqual(['Tỉnh Đắk Lắk']);
  });

  it('matches the start of words, not the middle', () => {
    expect(labels('ha')).not.toContain('Tỉnh Đắk Lắk');
    expect(labels('anh')).toEqual([]);
    expect(labels('nẵng')).toEqual(['Thành phố Đà Nẵng']);
    expect(labels('na')).toEqual(['Thành phố Đà Nẵng', 'Tỉnh Hà Nam']);
  });

  it('needs every word, in any order, and keeps the list order', () => {
    expect(labels('ha')).toEqual(['Thành phố Hà Nội', 'Tỉnh Hà Nam']);
    expect(labels('noi ha')).toEqual(['Thành phố Hà Nội']);
    expect(labels('thanh pho')).toEqual(['Thành phố Hà Nội', 'Thành phố Đà Nẵng']);
  });

  it('searches the description too', () => {
    expect(labels('cong thong tin')).toEqual(['Bộ Y tế']);
  });

  it('gives every link for an empty or blank query, and none when nothing matches', () => {
    expect(labels('')).toHaveLength(links.length);
    expect(labels('   ')).toHaveLength(links.length);
    expect(labels('sài gòn')).toEqual([]);
  });
});
