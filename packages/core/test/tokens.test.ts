import { CSSResult } from 'lit';
import { describe, expect, it } from 'vitest';
import * as tokens from '../src/tokens.js';
import { designTokens, type DesignToken } from '../src/tokens.js';

const tokenEntries = Object.entries(designTokens) as [DesignToken, string][];

/** `--pw-font-size-small` → `fontSizeSmall`, the name of the token's exported fragment. */
function fragmentName(token: DesignToken): string {
  return token.slice('--pw-'.length).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

const exportedFragments = Object.entries(tokens).filter(
  (entry): entry is [string, CSSResult] => entry[1] instanceof CSSResult,
);

describe('designTokens', () => {
  it('has tokens', () => {
    expect(tokenEntries.length).toBeGreaterThan(0);
  });

  it.each(tokenEntries)('%s is public, prefixed --pw- and has a default', (name, value) => {
    expect(name).toMatch(/^--pw-[a-z][a-z0-9-]*$/);
    expect(value.trim()).not.toBe('');
  });

  it('covers colour, font, radius and spacing', () => {
    const names = tokenEntries.map(([name]) => name);
    for (const family of ['--pw-color-', '--pw-font-', '--pw-radius', '--pw-space-']) {
      expect(names.some((name) => name.startsWith(family))).toBe(true);
    }
  });
});

describe('token fragments', () => {
  it.each(tokenEntries)('%s has a fragment reading it with its default as fallback', (name, value) => {
    const fragment: unknown = (tokens as Record<string, unknown>)[fragmentName(name)];
    expect(fragment).toBeInstanceOf(CSSResult);
    expect((fragment as CSSResult).cssText).toBe(`var(${name}, ${value})`);
  });

  it('exports no fragment for a token missing from the table', () => {
    const expected = tokenEntries.map(([name]) => fragmentName(name)).sort();
    expect(exportedFragments.map(([name]) => name).sort()).toEqual(expected);
  });
});
