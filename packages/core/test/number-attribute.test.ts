import { describe, expect, it } from 'vitest';
import { numberAttribute } from '../src/number-attribute.js';

describe('numberAttribute', () => {
  const read = (value: string | null): unknown => numberAttribute.fromAttribute?.(value, undefined);

  it.each([
    ['3', 3],
    [' 12 ', 12],
    ['2.5', 2.5],
    ['-1', -1],
  ])('reads %j as the number %d', (text, number) => {
    expect(read(text)).toBe(number);
  });

  it.each(['abc', '3 tin', 'NaN', 'Infinity'])('keeps %j as written, for the warning to name it', (text) => {
    expect(read(text)).toBe(text);
  });

  it.each([null, '', '  '])('reads %j as absent (the default)', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
