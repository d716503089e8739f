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
  /*
   * --pw-article-list-columns is the most columns: each is as wide as that many would be, but never
   * narrower than the minimum, so a narrow screen gets fewer (WCAG 1.4.10), and never wider than the
   * list, so one column always fits.
   */
  ul {
    --_columns: var(--pw-article-list-columns, 1);
    --_gap: var(--pw-article-list-gap, ${spaceM});
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(
        min(
          100%,
          max(
            var(--pw-article-list-min-column-width, 16rem),
            (100% - (var(--_columns) - 1) * var(--_gap)) / var(--_columns)
          )
        ),
        1fr
      )
    );
    gap: var(--_gap);
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
