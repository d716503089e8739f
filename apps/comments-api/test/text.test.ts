import { describe, expect, it } from 'vitest';
import { countCharacters, hasControlCharacters, normaliseLineBreaks, normaliseText } from '../src/text.js';

const nfc = 'Hà Nội';
const nfd = nfc.normalize('NFD');

describe('counting as the contract defines it', () => {
  it('counts Vietnamese typed decomposed (NFD) the same as precomposed (NFC)', () => {
    expect(nfd).not.toBe(nfc);
    expect(nfd.length).toBeGreaterThan(nfc.length);
    expect(countCharacters(normaliseText(nfd))).toBe(6);
    expect(countCharacters(normaliseText(nfc))).toBe(6);
    expect(normaliseText(nfd)).toBe(nfc);
  });

  it('counts an emoji as one character although it is two UTF-16 units', () => {
    expect('👍'.length).toBe(2);
    expect(countCharacters('👍')).toBe(1);
  });

  it('trims before counting', () => {
    expect(countCharacters(normaliseText('  \n Xin chào \t'))).toBe(8);
  });

  it('stores line breaks as \\n whatever the client sent', () => {
    expect(normaliseLineBreaks('một\r\nhai\rba\nbốn')).toBe('một\nhai\nba\nbốn');
  });
});

describe('control characters', () => {
  it('allows line breaks and tabs in content but not in a name', () => {
    expect(hasControlCharacters('dòng 1\ndòng\t2', { multiline: true })).toBe(false);
    expect(hasControlCharacters('dòng 1\ndòng 2', { multiline: false })).toBe(true);
  });

  it('refuses NUL, other C0 controls and lone surrogates everywhere', () => {
    for (const text of ['a\u0000b', 'a\u0007b', 'a\ud800b']) {
      expect(hasControlCharacters(text, { multiline: true }), JSON.stringify(text)).toBe(true);
    }
  });
});
