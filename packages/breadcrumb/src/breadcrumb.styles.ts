import { css } from 'lit';
import {
  colorLink,
  colorLinkHover,
  colorSurface,
  colorSurfaceMuted,
  colorText,
  colorTextMuted,
  fontSizeSmall,
  radius,
  spaceS,
  spaceXs,
} from '@portal-widgets/core';

export const breadcrumbStyles = css`
  :host {
    --_link: var(--pw-breadcrumb-link-color, ${colorLink});
    font-size: var(--pw-breadcrumb-font-size, ${fontSizeSmall});
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    white-space: normal;
  }

  /* An empty trail is no landmark at all. */
  nav[hidden] {
    display: none;
  }

  nav {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 ${spaceS};
  }

  .label {
    color: ${colorTextMuted};
  }

  ol {
    flex: 1 1 0;
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    flex: none;
    display: inline-flex;
    align-items: center;
    min-width: 0;
    max-width: min(100%, var(--pw-breadcrumb-item-max-width, 18em));
  }

  li:last-child {
    max-width: var(--pw-breadcrumb-current-max-width, 100%);
  }

  /* The trail stays on one line: the current page shrinks, with an ellipsis… */
  .single-line {
    flex-wrap: nowrap;
  }

  .single-line:not(.measuring) > li:last-child {
    flex: 0 1 auto;
  }

  /* …until it would keep less than 8em (a narrow phone, a visible label): then it takes a line. */
  .single-line.own-line {
    flex-wrap: wrap;
  }

  .own-line > li:last-child {
    flex-basis: 100%;
  }

  /* On a line of its own, or in a trail shown in full, the current page wraps rather than being cut. */
  .own-line > li:last-child > *,
  ol:not(.single-line) > li:last-child > * {
    white-space: normal;
  }

  .measure-only {
    position: absolute;
    visibility: hidden;
  }

  svg {
    flex: none;
    width: 1em;
    height: 1em;
    margin-inline: ${spaceXs};
    color: var(--pw-breadcrumb-separator-color, ${colorTextMuted});
  }

  /* The chevrons point the way the trail reads. */
  :host(:dir(rtl)) svg {
    transform: scaleX(-1);
  }

  li > a,
  li > span {
    min-width: 0;
    min-height: 24px;
    padding-block: 2px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }

  a:hover {
    color: var(--pw-breadcrumb-link-hover-color, ${colorLinkHover});
    text-decoration-thickness: 2px;
  }

  .current {
    color: var(--pw-breadcrumb-current-color, ${colorText});
    font-weight: 600;
    text-decoration: none;
  }

  button {
    min-width: 32px;
    min-height: 24px;
    padding: 0 ${spaceXs};
    border: 1px solid ${colorTextMuted};
    border-radius: ${radius};
    background: ${colorSurface};
    color: var(--_link);
    font: inherit;
    line-height: 1;
    cursor: pointer;
  }

  button:hover {
    background: ${colorSurfaceMuted};
  }

  @media (forced-colors: active) {
    svg {
      color: CanvasText;
    }
  }

  @media print {
    a {
      color: inherit;
    }
  }
`;
