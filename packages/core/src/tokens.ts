import { css } from 'lit';

/**
 * The public design tokens and their defaults. A host page brands every widget by setting a few of
 * these on `:root`; widgets read them through private `--_pw-*` variables declared in
 * {@link baseStyles}, written out literally there so the CSS can be minified (a test keeps both equal).
 */
export const designTokens = {
  '--pw-font-family': 'inherit',
  '--pw-font-size': '1rem',
  '--pw-font-size-small': '0.875rem',
  '--pw-line-height': '1.5',
  '--pw-color-text': '#1b1f23',
  '--pw-color-text-muted': '#4b5563',
  '--pw-color-link': '#0b4f9c',
  '--pw-color-link-hover': '#06356b',
  '--pw-color-primary': '#a3151b',
  '--pw-color-on-primary': '#ffffff',
  '--pw-color-surface': '#ffffff',
  '--pw-color-surface-muted': '#f2f4f7',
  '--pw-color-border': '#c9d0d8',
  '--pw-color-focus': '#0b4f9c',
  '--pw-color-danger': '#b3261e',
  '--pw-color-success': '#1e6b3a',
  '--pw-radius': '4px',
  '--pw-space-xs': '0.25rem',
  '--pw-space-s': '0.5rem',
  '--pw-space-m': '1rem',
  '--pw-space-l': '1.5rem',
} as const;

export type DesignToken = keyof typeof designTokens;

/**
 * Shared base for every widget: private token variables, box sizing, the visually-hidden utility,
 * visible focus, and forced-colours / reduced-motion behaviour.
 */
export const baseStyles = css`
  :host {
    --_pw-font-family: var(--pw-font-family, inherit);
    --_pw-font-size: var(--pw-font-size, 1rem);
    --_pw-font-size-small: var(--pw-font-size-small, 0.875rem);
    --_pw-line-height: var(--pw-line-height, 1.5);
    --_pw-color-text: var(--pw-color-text, #1b1f23);
    --_pw-color-text-muted: var(--pw-color-text-muted, #4b5563);
    --_pw-color-link: var(--pw-color-link, #0b4f9c);
    --_pw-color-link-hover: var(--pw-color-link-hover, #06356b);
    --_pw-color-primary: var(--pw-color-primary, #a3151b);
    --_pw-color-on-primary: var(--pw-color-on-primary, #ffffff);
    --_pw-color-surface: var(--pw-color-surface, #ffffff);
    --_pw-color-surface-muted: var(--pw-color-surface-muted, #f2f4f7);
    --_pw-color-border: var(--pw-color-border, #c9d0d8);
    --_pw-color-focus: var(--pw-color-focus, #0b4f9c);
    --_pw-color-danger: var(--pw-color-danger, #b3261e);
    --_pw-color-success: var(--pw-color-success, #1e6b3a);
    --_pw-radius: var(--pw-radius, 4px);
    --_pw-space-xs: var(--pw-space-xs, 0.25rem);
    --_pw-space-s: var(--pw-space-s, 0.5rem);
    --_pw-space-m: var(--pw-space-m, 1rem);
    --_pw-space-l: var(--pw-space-l, 1.5rem);
    box-sizing: border-box;
    font-family: var(--_pw-font-family);
    font-size: var(--_pw-font-size);
    line-height: var(--_pw-line-height);
    color: var(--_pw-color-text);
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  :focus-visible {
    outline: 3px solid var(--_pw-color-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
