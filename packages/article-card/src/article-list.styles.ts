import { css } from 'lit';
import {
  colorBorder,
  colorDanger,
  colorLink,
  colorSurface,
  colorTextMuted,
  radius,
  spaceM,
  spaceS,
} from '@portal-widgets/core';

export const articleListStyles = css`
  :host {
    display: block;
  }

  ul {
    display: grid;
    grid-template-columns: repeat(var(--pw-article-list-columns, 1), minmax(0, 1fr));
    gap: var(--pw-article-list-gap, ${spaceM});
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    min-width: 0;
  }

  .message {
    margin: 0;
    padding: ${spaceM};
    border: 1px dashed ${colorBorder};
    border-radius: ${radius};
    color: ${colorTextMuted};
  }

  .message p {
    margin: 0 0 ${spaceS};
  }

  .error {
    border-style: solid;
    border-color: ${colorDanger};
    color: inherit;
  }

  .stale {
    margin-block-end: ${spaceM};
    border-style: solid;
  }

  button {
    min-height: 32px;
    padding: 0 ${spaceM};
    border: 1px solid ${colorLink};
    border-radius: ${radius};
    background: ${colorSurface};
    color: ${colorLink};
    font: inherit;
    cursor: pointer;
  }

  button:hover {
    background: ${colorLink};
    color: ${colorSurface};
  }
`;
