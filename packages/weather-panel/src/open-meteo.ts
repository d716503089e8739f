import type { FetchPolicy } from '@portal-widgets/core';
import type { PlaceForecast } from './forecast.js';
import type { Attribution, WeatherProvider, WeatherRequest } from './provider.js';

export const openMeteoApiBase = 'https://api.open-meteo.com';

/** A coordinate for the query and cache keys: always a dot, never an exponent, ~11 m precision. */
export function formatCoordinate(value: number): string {
  return String(Number(value.toFixed(4)) + 0);
}

export interface OpenMeteoOptions {
  /** Open-Meteo's address, or a self-hosted instance or caching proxy; default https://api.open-meteo.com. */
  apiBase?: string;
  /** Timeout, retries and backoff; default 8 s per attempt, 2 retries, backoff from 1 s. */
  policy?: Omit<FetchPolicy, 'signal' | 'init'>;
}

/** The default source: Open-Meteo's forecast API, which needs no key and answers browsers (CORS). */
export class OpenMeteoProvider implements WeatherProvider {
  readonly id: string;
  readonly attribution: Attribution = { source: 'Open-Meteo.com', href: 'https://open-meteo.com/' };
  private readonly apiBase: string;
  private readonly policy: Omit<FetchPolicy, 'signal' | 'init'>;

  constructor(options: OpenMeteoOptions = {}) {
    this.apiBase = options.apiBase ?? openMeteoApiBase;
    this.policy = { timeoutMs: 8000, ...options.policy };
    this.id = `open-meteo ${this.apiBase}`;
  }

  async load(request: WeatherRequest, signal: AbortSignal): Promise<readonly PlaceForecast[]> {
    // The client (URL, fetch with timeout and retries, parsing) loads on the first cache miss: pages
    // whose panels find fresh data in the cache, most of a reader's visit, never download it.
    const client = await import('./open-meteo-client.js');
    return client.fetchForecasts(this.apiBase, this.policy, request, signal);
  }
}
