import { css } from 'lit';

export const breadcrumbStyles = css`
  :host {
    --_link-color: var(--pw-breadcrumb-link-color, var(--_pw-color-link));
    --_link-hover-color: var(--pw-breadcrumb-link-hover-color, var(--_pw-color-link-hover));
    --_current-color: var(--pw-breadcrumb-current-color, var(--_pw-color-text));
    --_label-color: var(--pw-breadcrumb-label-color, var(--_pw-color-text-muted));
    --_separator-color: var(--pw-breadcrumb-separator-color, var(--_pw-color-text-muted));
    --_item-max-width: var(--pw-breadcrumb-item-max-width, 18em);
    --_current-max-width: var(--pw-breadcrumb-current-max-width, 28em);
    --_font-size: var(--pw-breadcrumb-font-size, var(--_pw-font-size-small));
    display: block;
    font-size: var(--_font-size);
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    white-space: normal;
  }

  nav {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_pw-space-s);
  }

  .label {
    flex: none;
    color: var(--_label-color);
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

  /* Collapsed trails stay on one line: the current page shrinks when even "…" does not make room. */
  ol.single-line {
    flex-wrap: nowrap;
  }

  li {
    flex: none;
    display: inline-flex;
    align-items: center;
    min-width: 0;
    max-width: var(--_item-max-width);
  }

  li:last-child {
    max-width: var(--_current-max-width);
  }

  ol.single-line:not(.measuring) > li:last-child {
    flex: 0 1 auto;
  }

  .measure-only {
    position: absolute;
    visibility: hidden;
  }

  .separator {
    flex: none;
    width: 1em;
    height: 1em;
    margin-inline: var(--_pw-space-xs);
    color: var(--_separator-color);
  }

  li > a,
  li > span {
    flex: 0 1 auto;
    min-width: 0;
    min-height: 24px;
    padding-block: 2px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  a {
    color: var(--_link-color);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    color: var(--_link-hover-color);
    text-decoration-thickness: 2px;
  }

  .current {
    color: var(--_current-color);
    font-weight: 600;
  }

  a.current {
    text-decoration: none;
  }

  button {
    min-width: 32px;
    min-height: 24px;
    padding: 0 var(--_pw-space-xs);
    border: 1px solid var(--_pw-color-border);
    border-radius: var(--_pw-radius);
    background: var(--_pw-color-surface);
    color: var(--_link-color);
    font: inherit;
    line-height: 1;
    cursor: pointer;
  }

  button:hover {
    background: var(--_pw-color-surface-muted);
  }

  @media (forced-colors: active) {
    .separator {
      color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }

  @media print {
    a {
      color: inherit;
    }
  }
`;
