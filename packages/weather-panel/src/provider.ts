import type { Place, PlaceForecast } from './forecast.js';

/** What the panel asks a source for. */
export interface WeatherRequest {
  /** One or more places, answered in the same order. */
  places: readonly Place[];
  /** Days of daily forecast, today first (0: current conditions only). */
  days: number;
  /** IANA time zone in which days begin and end (the portal's, default Asia/Ho_Chi_Minh). */
  timeZone: string;
}

/** The credit a source's licence asks for, shown under the panel as a link. */
export interface Attribution {
  /** Shown in the sentence "Dữ liệu thời tiết: {source}" / "Weather data by {source}". */
  source: string;
  /** An http(s) URL. */
  href: string;
}

/**
 * A source of weather data. Open-Meteo is the default; a site can plug in its own, for example one
 * that calls its server, which reads the national hydro-meteorological service.
 */
export interface WeatherProvider {
  /**
   * Names the source and its settings in cache keys, so that two sources never share cached data
   * (e.g. `open-meteo https://api.open-meteo.com`).
   */
  readonly id: string;
  /** Credit shown under the panel, when the source needs one. */
  readonly attribution?: Attribution;
  /**
   * Loads the forecasts of all the places, in as few requests as the source allows, and resolves
   * with one forecast per place in the same order (fields it does not know left out). Rejects when
   * nothing usable came back; should stop when `signal` aborts. The panel checks every value it
   * receives, so a provider cannot put NaN or undefined on screen.
   */
  load(request: WeatherRequest, signal: AbortSignal): Promise<readonly PlaceForecast[]>;
}
