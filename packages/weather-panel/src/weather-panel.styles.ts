import { css } from 'lit';
import {
  colorBorder,
  colorDanger,
  colorLink,
  colorOnPrimary,
  colorPrimary,
  colorSurface,
  colorSurfaceMuted,
  colorTextMuted,
  fontSizeSmall,
  inlineSizeContainer,
  radius,
  spaceM,
  spaceS,
} from '@portal-widgets/core';

export const weatherPanelStyles = css`
  /* The layout follows the panel's own width (a sidebar or a wide column), not the viewport. */
  :host {
    ${inlineSizeContainer};
  }

  .panel {
    min-height: 15rem;
    overflow-wrap: break-word;
    background: var(--pw-weather-panel-background, ${colorSurface});
    border: 1px solid var(--pw-weather-panel-border-color, ${colorBorder});
    border-radius: var(--pw-weather-panel-radius, ${radius});
  }

  .title {
    padding: ${spaceS} ${spaceM};
    font-size: 1em;
    background: var(--pw-weather-panel-header-background, ${colorPrimary});
    color: var(--pw-weather-panel-header-color, ${colorOnPrimary});
  }

  .title,
  .place,
  .temperature,
  .high,
  dd {
    font-weight: 700;
  }

  .body {
    display: grid;
    /* The column never grows past the panel: long words wrap instead. */
    grid-template-columns: minmax(0, 1fr);
    gap: ${spaceS};
    padding: ${spaceM};
  }

  * {
    margin: 0;
  }

  div,
  dl,
  .range {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${spaceS};
  }

  select,
  button {
    min-width: 0;
    min-height: 2.25rem;
    border: 1px solid;
    border-radius: ${radius};
    background: ${colorSurface};
    color: ${colorLink};
    font: inherit;
  }

  .icon {
    width: 1.75rem;
    height: 1.75rem;
    fill: none;
    stroke: #5b6776;
    stroke-width: 1.5;
    stroke-linecap: round;
  }

  .current > .icon {
    width: 4rem;
    height: 4rem;
  }

  .temperature {
    font-size: 2.25em;
    line-height: 1.2;
  }

  dl {
    flex-basis: 100%;
  }

  dt,
  .low,
  .summary,
  .footer {
    color: ${colorTextMuted};
  }

  ol {
    padding: 0;
    list-style: none;
  }

  .day {
    display: grid;
    grid-template-columns: 1fr auto auto;
    align-items: center;
    gap: ${spaceS};
    padding-block: ${spaceS};
    border-top: 1px solid ${colorBorder};
  }

  .footer {
    justify-content: space-between;
    font-size: ${fontSizeSmall};
  }

  a {
    display: inline-block;
    min-height: 24px;
    color: ${colorLink};
  }

  .notice {
    padding: ${spaceS};
    border-inline-start: 4px solid ${colorBorder};
    background: ${colorSurfaceMuted};
  }

  .error {
    border-color: ${colorDanger};
  }

  @container (min-width: 36rem) {
    ol {
      display: flex;
      flex-wrap: wrap;
      gap: ${spaceS};
    }

    .day {
      flex: 1 1 6rem;
      grid-template-columns: auto;
      /* Days whose text wraps keep their name, drawing and temperatures level with the others. */
      align-content: start;
      justify-items: center;
      padding: ${spaceS};
      text-align: center;
      border: 1px solid ${colorBorder};
    }
  }

  /* Drawings: warm sun, pale moon, white cloud, blue rain. */
  .sun {
    fill: #f5b301;
  }

  .sun,
  .ray {
    stroke: #a86b00;
  }

  .moon {
    fill: #f3e9b5;
  }

  .cloud {
    fill: #fff;
  }

  .rain {
    stroke: #1d64c2;
  }

  @media (forced-colors: active) {
    .icon * {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
