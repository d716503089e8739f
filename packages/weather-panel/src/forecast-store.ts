import { guardedLocalStorage, type GuardedStorage } from '@portal-widgets/core';
import { readForecast, type Place, type PlaceForecast } from './forecast.js';
import { formatCoordinate } from './open-meteo.js';
import type { WeatherProvider, WeatherRequest } from './provider.js';

/** A forecast and when it was fetched. */
export interface StoredForecast {
  forecast: PlaceForecast;
  /** Epoch ms. */
  savedAt: number;
}

/** What a panel loads: a source, places and how the days are cut. */
export interface ForecastQuery extends WeatherRequest {
  provider: WeatherProvider;
}

/** Cached data older than this is not shown even as stale: a day-old forecast misleads. */
export const maxStaleMs = 24 * 60 * 60 * 1000;

const storagePrefix = 'pw-weather-panel:v1:';

/** The cache key of one place's forecast: source, rounded coordinates, days and time zone. */
export function forecastKey(query: ForecastQuery, place: Place): string {
  const { provider, days, timeZone } = query;
  return `${provider.id}|${formatCoordinate(place.latitude)},${formatCoordinate(place.longitude)}|${days}|${timeZone}`;
}

/**
 * Forecasts cached in localStorage (guarded: memory when it throws), shared by every panel on the
 * page and by later visits. The network side loads only on the first cache miss.
 */
export class ForecastStore {
  private readonly storage: GuardedStorage;
  /** The clock entries are dated and aged by (replaceable in tests). */
  readonly now: () => number;

  constructor(storage: GuardedStorage = guardedLocalStorage(), now: () => number = Date.now) {
    this.storage = storage;
    this.now = now;
  }

  /** The cached forecast of a place, of any age up to {@link maxStaleMs}; entries past that are removed. */
  read(key: string): StoredForecast | undefined {
    const text = this.storage.getItem(storagePrefix + key);
    if (text === null) return undefined;
    let entry: unknown;
    try {
      entry = JSON.parse(text);
    } catch {
      entry = undefined;
    }
    const savedAt = (entry as { savedAt?: unknown } | undefined)?.savedAt;
    const age = typeof savedAt === 'number' ? this.now() - savedAt : Number.NaN;
    if (!(age >= 0 && age <= maxStaleMs)) {
      this.storage.removeItem(storagePrefix + key);
      return undefined;
    }
    return { savedAt: savedAt as number, forecast: readForecast((entry as { forecast?: unknown }).forecast) };
  }

  /** The cached forecasts of every place of the query, or `undefined` unless all of them are cached. */
  cached(query: ForecastQuery): StoredForecast[] | undefined {
    const entries = query.places.map((place) => this.read(forecastKey(query, place)));
    return entries.every((entry) => entry !== undefined) ? entries : undefined;
  }

  /** Saves a place's forecast for every panel and later visits. */
  write(key: string, entry: StoredForecast): void {
    this.storage.setItem(storagePrefix + key, JSON.stringify(entry));
  }

  /**
   * Forecasts for every place of the query: cached ones younger than `ttlMs` as they are, the rest
   * fetched together in one request (or joined, when another panel is already fetching the same).
   * Rejects when the fetch fails; the caller then still has {@link cached} to show as stale.
   */
  async load(query: ForecastQuery, ttlMs: number, signal: AbortSignal): Promise<StoredForecast[]> {
    const keys = query.places.map((place) => forecastKey(query, place));
    const found = new Map<string, StoredForecast>();
    const missing: string[] = [];
    for (const key of keys) {
      const entry = this.read(key);
      if (entry !== undefined && this.now() - entry.savedAt < ttlMs) found.set(key, entry);
      else missing.push(key);
    }
    if (missing.length > 0) {
      // Request sharing, the source's client and core's fetch load on the first cache miss: pages
      // that find fresh data in the cache, most of a reader's visit, never download them.
      const { fetchShared } = await import('./forecast-fetch.js');
      for (const [key, entry] of await fetchShared(this, query, missing, signal)) found.set(key, entry);
    }
    // Every key was found or fetched: the fetch answers each one it was given.
    return keys.flatMap((key) => found.get(key) ?? []);
  }
}
