import { css, unsafeCSS } from 'lit';
import { colorFocus, colorText, fontFamily, fontSize, lineHeight } from './tokens.js';

/** Every widget's host: a block, font and colour from the tokens (inheriting the page's by default), box sizing. */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: ${fontFamily};
    font-size: ${fontSize};
    line-height: ${lineHeight};
    color: ${colorText};
  }

  :host([hidden]) {
    display: none !important;
  }

  /*
   * Elements only, and a value rather than \`inherit\`: a rule for every ::before and ::after makes
   * the browser resolve both for every element, and \`inherit\` keeps it from sharing computed styles
   * between elements. Both slowed a page of a thousand cards measurably.
   */
  * {
    box-sizing: border-box;
  }
`;

/** A visible focus ring (WCAG 2.4.7, 2.4.11) that follows forced-colours mode. */
export const focusStyles = css`
  :focus-visible {
    outline: 3px solid ${colorFocus};
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** `.visually-hidden`: read by screen readers, not shown. */
export const visuallyHiddenStyles = css`
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
`;

/** Widgets with animation or transitions include this to honour `prefers-reduced-motion`. */
export const reducedMotionStyles = css`
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
`;

/**
 * Declarations that make a widget's host an inline-size container, so that its layout follows its
 * own column rather than the viewport. Size containment leaves the host no width of its own: where a
 * parent sizes it by its content (an auto-width table cell, a float, a flex row, as old CMS templates
 * do) it would be 0 px wide. There it takes 15rem instead. The same width is also the narrowest its
 * parents' grid tracks and flex items will go on its account, so it stays below a 320 px phone's
 * column; `min-width: 0` lets the host itself shrink below it in a narrower flex or grid track.
 */
export const inlineSizeContainer = /* @__PURE__ */ unsafeCSS(
  'container-type:inline-size;contain-intrinsic-inline-size:15rem;min-width:0',
);

/** All the shared fragments, for widgets that need every one of them. */
export const baseStyles = [hostStyles, focusStyles, visuallyHiddenStyles, reducedMotionStyles];
