import { svg, type SVGTemplateResult } from 'lit';
import type { IconKind } from './weather-codes.js';

// Inline drawings on a 24-unit grid, every stroke inside it (the svg clips the rest): no icon font or
// image request. Colours come from classes in the styles, so forced-colours mode can repaint them;
// unclassed strokes are grey. Elements are closed explicitly: the build's minifier drops "/>" in
// svg`` fragments, which would nest them.
const sun = svg`<circle class="ray" cx="12" cy="12" r="9.2" stroke-dasharray="0 7.225" stroke-width="2.2"></circle><circle class="sun" cx="12" cy="12" r="4.8"></circle>`;
const moon = svg`<path class="moon" d="M19.6 14.7A8 8 0 0 1 9.3 4.4a8 8 0 1 0 10.3 10.3z"></path>`;
const cloud = svg`<path class="cloud" d="M7 19.5h10.2a4.3 4.3 0 0 0 .5-8.6 5.8 5.8 0 0 0-11.1 1.4A3.7 3.7 0 0 0 7 19.5z"></path>`;
const high = svg`<g transform="translate(0 -4)">${cloud}</g>`;
const behind = (body: SVGTemplateResult): SVGTemplateResult =>
  svg`<g transform="translate(-1 -1) scale(.75)">${body}</g><g transform="translate(2.5 2)">${cloud}</g>`;
const falling = (path: string): SVGTemplateResult => svg`${high}<path class="rain" d=${path}></path>`;

const drawings: Readonly<Record<IconKind, SVGTemplateResult>> = {
  clear: sun,
  'partly-cloudy': behind(sun),
  cloudy: cloud,
  fog: svg`${high}<path d="M4 18.5h16M6.5 21.5h11"></path>`,
  drizzle: falling('M8 19v1M12.5 19v1M17 19v1M10 21.5v1M14.5 21.5v1'),
  rain: falling('M8 18l-1.5 4M12.5 18 11 22M17 18l-1.5 4'),
  snow: falling('M8 18v3.6M6.2 19.8h3.6M12.5 18v3.6M10.7 19.8h3.6M17 18v3.6M15.2 19.8h3.6'),
  thunderstorm: svg`${high}<path class="sun" d="M13.2 14 9.5 19h3l-1.6 4.2 4.6-6h-3l1.8-3.2z"></path>`,
  unknown: svg`<path d="M10 14V5a2 2 0 0 1 4 0v9a4 4 0 1 1-4 0zM12 9v7"></path>`,
};

/** The drawing for a kind; `clear` and `partly-cloudy` turn to the moon at night. */
export function iconDrawing(kind: IconKind, night: boolean): SVGTemplateResult {
  if (night && kind === 'clear') return moon;
  if (night && kind === 'partly-cloudy') return behind(moon);
  return drawings[kind];
}
