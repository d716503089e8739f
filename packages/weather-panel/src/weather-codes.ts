/**
 * The WMO weather interpretation codes (WMO 4677) that Open-Meteo returns as `weather_code`, by
 * the drawing they get. Each code also has a text in every catalogue (`wmo0`, `wmo1`, …).
 */
const codesByIcon = {
  clear: [0],
  'partly-cloudy': [1, 2],
  cloudy: [3],
  fog: [45, 48],
  drizzle: [51, 53, 55],
  // Freezing drizzle and rain look like rain; the text says "băng giá".
  rain: [56, 57, 61, 63, 65, 66, 67, 80, 81, 82],
  snow: [71, 73, 75, 77, 85, 86],
  thunderstorm: [95, 96, 99],
} as const;

/** A drawing; `unknown` is the neutral one for a code outside the table. */
export type IconKind = keyof typeof codesByIcon | 'unknown';
export type WeatherCode = (typeof codesByIcon)[keyof typeof codesByIcon][number];
/** The catalogue key of a code's description. */
export type WeatherCodeKey = `wmo${WeatherCode}`;

const iconOfCode = new Map<unknown, IconKind>(
  Object.entries(codesByIcon).flatMap(([kind, codes]) => codes.map((code) => [code, kind as IconKind] as const)),
);

/** Every code the catalogues describe. */
export const weatherCodes = /* @__PURE__ */ Object.values(codesByIcon).flat() as WeatherCode[];

/** The catalogue key describing a code; `wmoUnknown` for a code outside the table (or none). */
export function weatherCodeKey(code: number | undefined): WeatherCodeKey | 'wmoUnknown' {
  return iconOfCode.has(code) ? `wmo${code as WeatherCode}` : 'wmoUnknown';
}

/** The drawing for a code; a code outside the table gets the neutral `unknown` one. */
export function iconKind(code: number | undefined): IconKind {
  return iconOfCode.get(code) ?? 'unknown';
}
