import { css } from 'lit';
import {
  colorBorder,
  colorDanger,
  colorLink,
  colorLinkHover,
  colorOnPrimary,
  colorPrimary,
  colorSurface,
  colorSurfaceMuted,
  colorTextMuted,
  fontSizeSmall,
  inlineSizeContainer,
  radius,
  spaceL,
  spaceM,
  spaceS,
  spaceXs,
} from '@portal-widgets/core';

const linkColor = css`var(--pw-links-list-link-color, ${colorLink})`;

export const linksListStyles = css`
  :host {
    ${inlineSizeContainer};
  }

  .title {
    display: block;
    margin: 0 0 ${spaceS};
    font-size: 1.125em;
    font-weight: 700;
  }

  .filter {
    display: flex;
    flex-direction: column;
    gap: ${spaceXs};
    margin-block-end: ${spaceS};
  }

  /* Field and button borders: at least 3:1 against the background (WCAG 1.4.11). */
  input,
  select,
  button {
    min-height: 2.5rem;
    border: 1px solid ${colorTextMuted};
    border-radius: ${radius};
    background: ${colorSurface};
    color: inherit;
    font: inherit;
  }

  input {
    width: 100%;
    padding: 0 ${spaceS};
  }

  .picker {
    display: flex;
    gap: ${spaceS};
  }

  select {
    flex: 1;
    min-width: 0;
    padding: 0 ${spaceS};
  }

  button {
    padding: 0 ${spaceM};
    cursor: pointer;
  }

  [part='go-button'] {
    border-color: var(--pw-links-list-button-color, ${colorPrimary});
    background: var(--pw-links-list-button-color, ${colorPrimary});
    color: ${colorOnPrimary};
    font-weight: 700;
  }

  .retry,
  .more {
    border-color: ${linkColor};
    color: ${linkColor};
  }

  .more {
    margin-block-start: ${spaceS};
  }

  .status {
    margin: ${spaceXs} 0 ${spaceS};
    color: ${colorTextMuted};
    font-size: ${fontSizeSmall};
  }

  .status.empty {
    margin: 0;
  }

  .status.error {
    color: ${colorDanger};
    font-weight: 700;
  }

  .retry {
    margin-block-end: ${spaceS};
  }

  .group-heading {
    margin: ${spaceM} 0 ${spaceXs};
    font-weight: 700;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    min-width: 0;
    overflow-wrap: anywhere;
  }

  a {
    display: inline-flex;
    align-items: center;
    gap: ${spaceS};
    min-height: 24px;
    padding-block: 2px;
    color: ${linkColor};
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    color: ${colorLinkHover};
    text-decoration-thickness: 2px;
  }

  .list ul {
    column-count: var(--pw-links-list-columns, 1);
    column-gap: ${spaceL};
  }

  .list li {
    break-inside: avoid;
    border-block-end: 1px solid ${colorSurfaceMuted};
  }

  .list a {
    padding-block: ${spaceXs};
  }

  .description {
    display: block;
    color: ${colorTextMuted};
    font-size: ${fontSizeSmall};
  }

  .grid ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--pw-links-list-columns-min, 10rem)), 1fr));
    gap: ${spaceS};
  }

  .grid li {
    display: flex;
    flex-direction: column;
    text-align: center;
    border: 1px solid ${colorBorder};
    border-radius: ${radius};
    background: ${colorSurface};
  }

  /* The whole card is the link, its logo and name centred. */
  .grid a {
    flex: 1;
    flex-direction: column;
    align-items: center;
    padding: ${spaceS};
    text-decoration: none;
  }

  .grid .description {
    padding: 0 ${spaceS} ${spaceS};
  }

  .grid a:hover .name {
    text-decoration: underline;
  }

  /* The new-tab cue, sized with the text. */
  svg {
    width: 0.75em;
    height: 0.75em;
    fill: none;
    stroke: currentColor;
  }

  img {
    max-width: 100%;
    height: var(--pw-links-list-logo-height, 3rem);
    object-fit: contain;
  }

  @container (max-width: 20rem) {
    .picker {
      flex-direction: column;
    }
  }

  @media (forced-colors: active) {
    .grid li,
    button {
      border-color: CanvasText;
    }
  }
`;
