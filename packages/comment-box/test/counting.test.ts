import { describe, expect, it } from 'vitest';
import { characterCount, countCharacters } from '../src/counting.js';

describe('countCharacters', () => {
  it('counts decomposed Vietnamese (NFD) like the precomposed text', () => {
    const composed = 'Hà Nội mùa thu';
    const decomposed = composed.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(composed.length);
    expect(countCharacters(decomposed)).toBe(14);
    expect(countCharacters(composed)).toBe(14);
  });

  it('counts an emoji as one character, as the server does', () => {
    expect('👍'.length).toBe(2);
    expect(countCharacters('👍')).toBe(1);
    expect(countCharacters('Tuyệt vời 👍👍')).toBe(12);
  });

  it('counts what is sent: surrounding whitespace is trimmed, inner line breaks count', () => {
    expect(countCharacters('  \n xin chào \n ')).toBe(8);
    expect(countCharacters('dòng 1\ndòng 2')).toBe(13);
    expect(countCharacters('   ')).toBe(0);
  });
});

describe('characterCount', () => {
  it('says how many are left within the limit', () => {
    expect(characterCount('abc', 10)).toEqual({ count: 3, remaining: 7, over: 0 });
    expect(characterCount('a'.repeat(10), 10)).toEqual({ count: 10, remaining: 0, over: 0 });
  });

  it('says how many too many past it, never cutting the text', () => {
    expect(characterCount('a'.repeat(2015), 2000)).toEqual({ count: 2015, remaining: 0, over: 15 });
    expect(characterCount('ệ'.normalize('NFD').repeat(2001), 2000).over).toBe(1);
  });
});
