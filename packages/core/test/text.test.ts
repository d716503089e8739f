import { describe, expect, it } from 'vitest';
import { cleanText, toNFC } from '../src/text.js';

function* codePoints(from: number, to: number): Generator<string> {
  for (let code = from; code <= to; code += 1) yield String.fromCodePoint(code);
}

describe('toNFC', () => {
  it('skips only characters that NFC leaves unchanged (checked one by one)', () => {
    const ranges: [number, number][] = [
      [0x0000, 0x02ff],
      [0x1e00, 0x1eff],
      [0x2010, 0x206f],
    ];
    for (const [from, to] of ranges) {
      for (const character of codePoints(from, to)) expect(character.normalize('NFC'), character).toBe(character);
    }
  });

  it('composes decomposed Vietnamese', () => {
    const decomposed = 'Ý kiến bạn đọc'.normalize('NFD');
    expect(decomposed).not.toBe('Ý kiến bạn đọc');
    expect(toNFC(decomposed)).toBe('Ý kiến bạn đọc');
  });

  it('normalises characters outside the fast path, such as the Ohm sign and Hangul jamo', () => {
    expect(toNFC('\u2126')).toBe('\u03a9');
    expect(toNFC('\u1100\u1161')).toBe('\uac00');
  });

  it('returns composed text as it is', () => {
    const text = 'Hội nghị tổng kết 10 năm phong trào “Toàn dân bảo vệ an ninh Tổ quốc” – 2026';
    expect(toNFC(text)).toBe(text);
  });
});

describe('cleanText', () => {
  it('collapses whitespace, trims and composes', () => {
    expect(cleanText('  Sở\n\t Nội   vụ ')).toBe('Sở Nội vụ');
    expect(cleanText('Ha\u0300 No\u0323\u0302i')).toBe('Hà Nội');
  });

  it('gives undefined for blank text and for anything that is not a string', () => {
    for (const value of ['', '   \n', undefined, null, 42, {}, ['Hà Nội']]) expect(cleanText(value)).toBeUndefined();
  });

  it('returns clean text unchanged, and still collapses every whitespace character \\s matches', () => {
    const clean = 'Ủy ban nhân dân tỉnh – “Chuyển đổi số” 2026';
    expect(cleanText(clean)).toBe(clean);
    // Each whitespace \s matches (NBSP, line separators, ideographic space…) and each character NFC
    // changes must still be collapsed or composed when it sits inside otherwise clean text.
    const tricky = ['\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    for (const space of tricky) expect(cleanText(`Hà${space}Nội`), escape(space)).toBe('Hà Nội');
    for (const edge of [' Hà Nội', 'Hà Nội ', 'Hà  Nội']) expect(cleanText(edge)).toBe('Hà Nội');
    expect(cleanText('Ha\u0300 Nội')).toBe('Hà Nội');
    expect(cleanText('\u2126 Ohm')).toBe('\u03a9 Ohm');
  });

  it('checks clean text of ten million characters without throwing', () => {
    // A pattern matching whole words recursed per word and overflowed the stack at this length.
    const long = `${'Hà Nội '.repeat(1_500_000)}end`;
    expect(cleanText(long)).toBe(long);
  });
});
