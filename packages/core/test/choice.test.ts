import { afterEach, describe, expect, it, vi } from 'vitest';
import { choice } from '../src/choice.js';

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
