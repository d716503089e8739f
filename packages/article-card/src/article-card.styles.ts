import { css } from 'lit';
import {
  colorBorder,
  colorLink,
  colorPrimary,
  colorSurface,
  colorSurfaceMuted,
  colorText,
  colorTextMuted,
  fontSizeSmall,
  inlineSizeContainer,
  radius,
  spaceM,
  spaceS,
  spaceXs,
} from '@portal-widgets/core';

export const articleCardStyles = css`
  /* The containing block of the focus ring, outside the card's clipping (see .headline a::after). */
  :host {
    position: relative;
    text-align: start;
  }

  /* Only these layouts adapt to their column; a container costs layout time on a page of cards. */
  :host([layout='horizontal']),
  :host([layout='featured']) {
    ${inlineSizeContainer};
  }

  [hidden],
  img:not([src]),
  img[src] + .placeholder,
  .category:empty,
  .summary:empty,
  .author:empty,
  time:empty {
    display: none !important;
  }

  .card {
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: hidden;
    background: var(--pw-article-card-background, ${colorSurface});
    border: 1px solid var(--pw-article-card-border-color, ${colorBorder});
    border-radius: var(--pw-article-card-radius, ${radius});
  }

  .linked {
    cursor: pointer;
  }

  /*
   * The whole card shows focus when its headline link has it: the link's ::after covers the host
   * (not clipped by the card, whose containing block it is not) and lets clicks through. A box made
   * only on focus costs a page of cards nothing, where :has() on every card slowed its first render.
   */
  .headline a:focus-visible {
    outline: none;
  }

  .headline a:focus-visible::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--pw-article-card-radius, ${radius});
    outline: 3px solid var(--pw-color-focus, #0b4f9c);
    outline-offset: 2px;
    pointer-events: none;
  }

  .compact .headline a:focus-visible::after {
    border-radius: 0;
  }

  .media {
    flex: none;
    aspect-ratio: var(--pw-article-card-aspect-ratio, 16 / 9);
    overflow: hidden;
    background: ${colorSurfaceMuted};
  }

  img,
  .placeholder {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .placeholder {
    background: linear-gradient(135deg, ${colorSurfaceMuted}, #e3e7ec);
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: ${spaceXs};
    padding: var(--pw-article-card-padding, ${spaceM});
    min-width: 0;
  }

  .category {
    align-self: flex-start;
    font-size: ${fontSizeSmall};
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.02em;
    color: var(--pw-article-card-accent-color, ${colorPrimary});
    text-decoration: none;
  }

  a.category[href] {
    min-height: 24px;
  }

  a.category[href]:hover {
    text-decoration: underline;
  }

  .headline {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.35;
    font-weight: 700;
    color: var(--pw-article-card-headline-color, ${colorText});
    /* Breaks only a word too long for the line: a narrow column never cuts ordinary words. */
    overflow-wrap: break-word;
  }

  .headline a {
    color: inherit;
    text-decoration: none;
  }

  .card:hover .headline a {
    color: ${colorLink};
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .summary {
    margin: 0;
    color: ${colorTextMuted};
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--pw-article-card-summary-lines, 3);
    overflow: hidden;
    overflow-wrap: anywhere;
  }

  .meta {
    margin: 0;
    overflow: hidden;
    font-size: ${fontSizeSmall};
    color: ${colorTextMuted};
  }

  /*
   * A middle dot before every item, drawn as a background so screen readers do not read it and no
   * pseudo-element box is made per item (a page of cards renders measurably faster). The items start
   * one dot to the left of the line and the line clips them, so the dot that would begin any line,
   * the first included, is cut off: a wrapped line never starts with a stray dot.
   */
  .meta-items {
    display: flex;
    flex-wrap: wrap;
    margin-inline-start: -1.25em;
  }

  /*
   * Physical sides, flipped for a right-to-left page: background positions have no logical
   * keywords, and an item's own dir="auto" must not move its dot away from the line's start.
   */
  .meta-items > * {
    /* At most a line wide, so a date too long for a narrow card wraps instead of being clipped. */
    max-width: 100%;
    overflow-wrap: break-word;
    padding-left: 1.25em;
    background: radial-gradient(circle, currentColor 0.09em, transparent 0.11em) no-repeat;
    background-position: left center;
    background-size: 1.25em 1em;
  }

  :host(:dir(rtl)) .meta-items > * {
    padding-left: 0;
    padding-right: 1.25em;
    background-position: right center;
  }

  .featured .headline {
    font-size: 1.5em;
  }

  .compact .media,
  .compact .summary {
    display: none;
  }

  .compact .body {
    padding: ${spaceS} 0;
  }

  .compact {
    border: 0;
    border-block-end: 1px solid var(--pw-article-card-border-color, ${colorBorder});
    border-radius: 0;
    background: transparent;
  }

  .compact .headline {
    font-size: 1em;
  }

  @container (min-width: 30em) {
    .horizontal {
      flex-direction: row;
    }
    .horizontal .media {
      width: 38%;
      aspect-ratio: auto;
      min-height: 8rem;
    }
    .horizontal .body {
      flex: 1;
    }
  }

  @container (min-width: 40em) {
    .featured .headline {
      font-size: 1.875em;
    }
  }

  .bone {
    display: block;
    height: 0.9em;
    margin-block: 0.35em;
    border-radius: 3px;
    background: ${colorSurfaceMuted};
    animation: pulse 1.5s ease-in-out infinite;
  }

  .headline-bone {
    height: 1.3em;
    width: 85%;
  }

  .short {
    width: 55%;
  }

  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .headline a:focus-visible::after {
      outline-color: Highlight;
    }
    /* Forced colours drop gradients: the dots become text, in the system colours. */
    .meta-items > *,
    :host(:dir(rtl)) .meta-items > * {
      padding: 0;
    }
    .meta-items > :not(:empty)::before {
      content: '·' / '';
      display: inline-block;
      width: 1.25em;
      text-align: center;
    }
  }

  @media print {
    .media {
      display: none;
    }
  }
`;
