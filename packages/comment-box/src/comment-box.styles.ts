import { css } from 'lit';
import {
  colorBorder,
  colorDanger,
  colorLink,
  colorOnPrimary,
  colorPrimary,
  colorSuccess,
  colorSurface,
  colorSurfaceMuted,
  colorText,
  colorTextMuted,
  fontSizeSmall,
  inlineSizeContainer,
  radius,
  spaceL,
  spaceM,
  spaceS,
  spaceXs,
} from '@portal-widgets/core';

const errorColor = css`var(--pw-comment-box-error-color, ${colorDanger})`;
const officialColor = css`var(--pw-comment-box-official-color, ${colorPrimary})`;

export const commentBoxStyles = css`
  :host {
    ${inlineSizeContainer};
  }

  h2 {
    margin: 0 0 ${spaceS};
    padding-block-end: ${spaceXs};
    border-block-end: 2px solid ${colorPrimary};
    font-size: 1.25em;
    line-height: 1.3;
  }

  h3 {
    margin: 0 0 ${spaceS};
    font-size: 1.0625em;
  }

  p {
    margin: 0;
  }

  .intro,
  .hint,
  .count,
  .meta,
  .list-status {
    color: ${colorTextMuted};
    font-size: ${fontSizeSmall};
  }

  .intro,
  .not-configured {
    margin-block-end: ${spaceM};
  }

  .not-configured {
    padding: ${spaceS} ${spaceM};
    border-inline-start: 4px solid ${colorBorder};
    background: ${colorSurfaceMuted};
  }

  form {
    display: grid;
    gap: ${spaceM};
    margin-block-end: ${spaceL};
  }

  .field {
    display: grid;
    gap: ${spaceXs};
    min-width: 0;
  }

  label {
    font-weight: 700;
  }

  input,
  textarea {
    width: 100%;
    min-height: 2.75rem;
    padding: ${spaceS};
    border: 1px solid ${colorTextMuted};
    border-radius: ${radius};
    background: ${colorSurface};
    color: inherit;
    font: inherit;
  }

  textarea {
    min-height: 8rem;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border: 2px solid ${errorColor};
  }

  .field-error {
    color: ${errorColor};
    font-weight: 700;
  }

  .count.over {
    color: ${errorColor};
    font-weight: 700;
  }

  /* The honeypot: off screen, out of the tab order and the accessibility tree; bots still see an input. */
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  .captcha:empty {
    display: none;
  }

  .error-summary {
    padding: ${spaceM};
    border: 3px solid ${errorColor};
    border-radius: ${radius};
  }

  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  /* Inline links keep a wrapped item's bullet on its first line; each line is still a 24 px target. */
  .error-summary li {
    line-height: 1.75;
  }

  .error-summary a {
    padding-block: 0.25em;
    color: ${errorColor};
    font-weight: 700;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${spaceS} ${spaceM};
  }

  button {
    min-width: 24px;
    min-height: 2.75rem;
    padding: ${spaceS} ${spaceM};
    border: 2px solid ${colorLink};
    border-radius: ${radius};
    background: ${colorSurface};
    color: ${colorLink};
    font: inherit;
    cursor: pointer;
  }

  .submit {
    border-color: var(--pw-comment-box-button-color, ${colorPrimary});
    background: var(--pw-comment-box-button-color, ${colorPrimary});
    color: ${colorOnPrimary};
    font-weight: 700;
  }

  /* Solid colours, not opacity: the text keeps its contrast while sending. */
  .submit[aria-disabled='true'] {
    border-color: ${colorTextMuted};
    background: ${colorSurfaceMuted};
    color: ${colorText};
    cursor: progress;
  }

  .status:empty,
  .failure:empty,
  .list-status:empty {
    display: none;
  }

  .status.sent {
    padding: ${spaceS} ${spaceM};
    border-inline-start: 4px solid ${colorSuccess};
    background: ${colorSurfaceMuted};
    color: ${colorSuccess};
    font-weight: 700;
  }

  .failure {
    display: grid;
    justify-items: start;
    gap: ${spaceS};
    padding: ${spaceS} ${spaceM};
    border-inline-start: 4px solid ${errorColor};
    background: ${colorSurfaceMuted};
    color: ${errorColor};
  }

  .list-status.failed {
    color: ${errorColor};
    font-weight: 700;
  }

  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list {
    margin-block-start: ${spaceS};
  }

  .comment {
    padding-block: ${spaceM};
    border-block-start: 1px solid ${colorBorder};
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${spaceXs} ${spaceS};
  }

  .author {
    color: ${colorText};
    font-size: 1rem;
    font-weight: 700;
  }

  .content {
    margin-block-start: ${spaceXs};
    white-space: pre-line;
  }

  /* Outside text: a long unbroken name or word wraps rather than widening the page. */
  .author,
  .content {
    min-width: 0;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }

  .replies {
    display: grid;
    gap: ${spaceS};
    margin-block-start: ${spaceS};
    padding-inline-start: ${spaceM};
    border-inline-start: 2px solid ${colorBorder};
  }

  .reply {
    padding: ${spaceS};
  }

  .official {
    border-inline-start: 4px solid ${officialColor};
    background: ${colorSurfaceMuted};
    padding-inline-start: ${spaceS};
  }

  .badge {
    padding: 0 ${spaceXs};
    border: 1px solid ${officialColor};
    border-radius: ${radius};
    color: ${officialColor};
    font-weight: 700;
  }

  .badge::before {
    content: '✓ ' / '';
  }

  @container (max-width: 24rem) {
    button {
      width: 100%;
    }
  }

  @media (forced-colors: active) {
    input,
    textarea,
    button,
    .error-summary,
    .badge {
      border-color: CanvasText;
    }

    .official,
    .failure,
    .status.sent {
      border-inline-start-color: Highlight;
    }

    .submit[aria-disabled='true'] {
      color: GrayText;
    }
  }

  @media print {
    form {
      display: none;
    }
  }
`;
