import { css } from 'lit';
import { colorFocus, colorText, fontFamily, fontSize, lineHeight } from './tokens.js';

/** Every widget's host: font and colour from the tokens (inheriting the page's by default), box sizing. */
export const hostStyles = css`
  :host {
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

/** All the shared fragments, for widgets that need every one of them. */
export const baseStyles = [hostStyles, focusStyles, visuallyHiddenStyles, reducedMotionStyles];
