import { unsafeCSS } from 'lit';

/**
 * The public design tokens and their defaults. A host page brands every widget by setting a few of
 * these on `:root`. Widget styles read them through the fragments below, one per token, so a widget
 * bundles only the tokens it uses (a test keeps the fragments equal to this table).
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

// One fragment per token, `var(--pw-x, default)`, for interpolation into widget styles. Constant
// strings, so unsafeCSS is safe here; marked pure so a bundle keeps only the tokens it uses.

export const fontFamily = /* @__PURE__ */ unsafeCSS('var(--pw-font-family, inherit)');
export const fontSize = /* @__PURE__ */ unsafeCSS('var(--pw-font-size, 1rem)');
export const fontSizeSmall = /* @__PURE__ */ unsafeCSS('var(--pw-font-size-small, 0.875rem)');
export const lineHeight = /* @__PURE__ */ unsafeCSS('var(--pw-line-height, 1.5)');
export const colorText = /* @__PURE__ */ unsafeCSS('var(--pw-color-text, #1b1f23)');
export const colorTextMuted = /* @__PURE__ */ unsafeCSS('var(--pw-color-text-muted, #4b5563)');
export const colorLink = /* @__PURE__ */ unsafeCSS('var(--pw-color-link, #0b4f9c)');
export const colorLinkHover = /* @__PURE__ */ unsafeCSS('var(--pw-color-link-hover, #06356b)');
export const colorPrimary = /* @__PURE__ */ unsafeCSS('var(--pw-color-primary, #a3151b)');
export const colorOnPrimary = /* @__PURE__ */ unsafeCSS('var(--pw-color-on-primary, #ffffff)');
export const colorSurface = /* @__PURE__ */ unsafeCSS('var(--pw-color-surface, #ffffff)');
export const colorSurfaceMuted = /* @__PURE__ */ unsafeCSS('var(--pw-color-surface-muted, #f2f4f7)');
export const colorBorder = /* @__PURE__ */ unsafeCSS('var(--pw-color-border, #c9d0d8)');
export const colorFocus = /* @__PURE__ */ unsafeCSS('var(--pw-color-focus, #0b4f9c)');
export const colorDanger = /* @__PURE__ */ unsafeCSS('var(--pw-color-danger, #b3261e)');
export const colorSuccess = /* @__PURE__ */ unsafeCSS('var(--pw-color-success, #1e6b3a)');
export const radius = /* @__PURE__ */ unsafeCSS('var(--pw-radius, 4px)');
export const spaceXs = /* @__PURE__ */ unsafeCSS('var(--pw-space-xs, 0.25rem)');
export const spaceS = /* @__PURE__ */ unsafeCSS('var(--pw-space-s, 0.5rem)');
export const spaceM = /* @__PURE__ */ unsafeCSS('var(--pw-space-m, 1rem)');
export const spaceL = /* @__PURE__ */ unsafeCSS('var(--pw-space-l, 1.5rem)');
