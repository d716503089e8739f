import { afterEach, describe, expect, it, vi } from 'vitest';
import { choice, wholeNumber } from '../src/choice.js';

const variant = {
  element: 'pw-links-list',
  attribute: 'variant',
  allowed: ['list', 'grid', 'select'],
  fallback: 'list',
};
const level = { element: 'pw-article-card', attribute: 'heading-level', allowed: [2, 3, 4, 5, 6], fallback: 3 };

describe('choice', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps an allowed value quietly', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(choice('grid', variant)).toBe('grid');
    expect(choice(5, level)).toBe(5);
    expect(warn).not.toHaveBeenCalled();
  });

  it('uses the fallback quietly when the value is absent', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const value of [undefined, null, '']) expect(choice(value, variant)).toBe('list');
    expect(warn).not.toHaveBeenCalled();
  });

  it('uses the fallback with one warning naming element, attribute, value, the allowed values and the fallback', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(choice('dropdown', variant)).toBe('list');
    expect(choice('3', level)).toBe(3);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]?.[0]).toBe(
      '<pw-links-list> variant: not one of the allowed values in dropdown. Allowed: list, grid, select. Using list.',
    );
    expect(warn.mock.calls[1]?.[0]).toContain('Allowed: 2, 3, 4, 5, 6. Using 3.');
  });
});

describe('wholeNumber', () => {
  const pageSize = { element: 'pw-comment-box', attribute: 'page-size', min: 1, max: 50, fallback: 10 };
  const maxItems = { element: 'pw-breadcrumb', attribute: 'max-items', min: 2, fallback: undefined };

  afterEach(() => vi.restoreAllMocks());

  it('keeps a whole number in range quietly, and uses the fallback quietly when absent', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(wholeNumber(1, pageSize)).toBe(1);
    expect(wholeNumber(50, pageSize)).toBe(50);
    expect(wholeNumber(10_000, maxItems)).toBe(10_000);
    expect(wholeNumber(undefined, pageSize)).toBe(10);
    expect(wholeNumber(null, maxItems)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('rejects anything else with one warning naming the range and the fallback', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const value of [0, 51, 2.5, Number.NaN, '5', {}]) expect(wholeNumber(value, pageSize)).toBe(10);
    expect(warn).toHaveBeenCalledTimes(6);
    expect(warn.mock.calls[1]?.[0]).toBe(
      '<pw-comment-box> page-size: not a whole number in range in 51. Allowed: a whole number from 1 to 50. Using 10.',
    );
    expect(wholeNumber(1, { ...maxItems, fallbackText: 'no limit' })).toBeUndefined();
    expect(warn.mock.calls[6]?.[0]).toContain('Allowed: a whole number of at least 2. Using no limit.');
  });
});
