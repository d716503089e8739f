import { describe, expect, it } from 'vitest';
import { baseStyles, focusStyles, hostStyles, reducedMotionStyles, visuallyHiddenStyles } from '../src/styles.js';
import { designTokens } from '../src/tokens.js';

function flat(cssText: string): string {
  return cssText.replace(/\s+/g, ' ');
}

describe('shared styles', () => {
  it('baseStyles holds every shared fragment once', () => {
    expect(baseStyles).toEqual([hostStyles, focusStyles, visuallyHiddenStyles, reducedMotionStyles]);
  });

  it('the host reads font and colour from the public tokens, with their defaults', () => {
    const host = flat(hostStyles.cssText);
    expect(host).toContain(`font-family: var(--pw-font-family, ${designTokens['--pw-font-family']});`);
    expect(host).toContain(`font-size: var(--pw-font-size, ${designTokens['--pw-font-size']});`);
    expect(host).toContain(`line-height: var(--pw-line-height, ${designTokens['--pw-line-height']});`);
    expect(host).toContain(`color: var(--pw-color-text, ${designTokens['--pw-color-text']});`);
    expect(host).toContain(':host([hidden]) { display: none !important; }');
  });

  it('sizes boxes without a rule on every pseudo-element or an inherited value (both slow a page of cards)', () => {
    const host = flat(hostStyles.cssText.replace(/\/\*[\s\S]*?\*\//g, ''));
    expect(host).toContain('* { box-sizing: border-box; }');
    expect(host).not.toMatch(/::before|::after|box-sizing: inherit/);
  });

  it('the focus ring uses the focus token and follows forced colours', () => {
    const focus = flat(focusStyles.cssText);
    expect(focus).toContain(`outline: 3px solid var(--pw-color-focus, ${designTokens['--pw-color-focus']});`);
    expect(focus).toContain('@media (forced-colors: active)');
    expect(focus).toContain('outline-color: Highlight');
  });

  it('.visually-hidden stays in the accessibility tree', () => {
    const hidden = flat(visuallyHiddenStyles.cssText);
    expect(hidden).toContain('.visually-hidden');
    expect(hidden).toContain('clip-path: inset(50%)');
    expect(hidden).not.toMatch(/display: none|visibility: hidden/);
  });

  it('reduced motion shortens animations and transitions', () => {
    const motion = flat(reducedMotionStyles.cssText);
    expect(motion).toContain('@media (prefers-reduced-motion: reduce)');
    expect(motion).toContain('animation-duration: 0.01ms !important');
    expect(motion).toContain('transition-duration: 0.01ms !important');
  });
});
