// The network side of the store, loaded on the first cache miss.
import { FetchFailure } from '@portal-widgets/core';
import type { PlaceForecast } from './forecast.js';
import { hasWeather, readForecast } from './forecast.js';
import { forecastKey, type ForecastQuery, type ForecastStore, type StoredForecast } from './forecast-store.js';
import { shareRequest } from './in-flight.js';
import { tagName } from './tag.js';

/**
 * Fetches the places behind `keys` in one request, shared with every panel asking for the same
 * ones, and saves what comes back.
 */
export function fetchShared(
  store: ForecastStore,
  query: ForecastQuery,
  keys: readonly string[],
  signal: AbortSignal,
): Promise<ReadonlyMap<string, StoredForecast>> {
  return shareRequest(keys.join(' '), (shared) => fetchAndSave(store, query, keys, shared), signal);
}

function reportFailure(error: unknown): void {
  console.warn(
    `<${tagName}> The weather could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
  );
}

/**
 * One request; a failure is logged once here, however many panels wait for it. An answer with nothing
 * to show for a place is not saved, so it never replaces what the cache holds. Where the cache still
 * holds that place's earlier data, the load fails: the panel keeps that data, marked stale, with
 * "Thử lại". Without earlier data, the place shows that there is none, until the next load asks again.
 */
async function fetchAndSave(
  store: ForecastStore,
  query: ForecastQuery,
  keys: readonly string[],
  signal: AbortSignal,
): Promise<ReadonlyMap<string, StoredForecast>> {
  // One place per key, even when two locations share coordinates.
  const byKey = new Map(query.places.map((place) => [forecastKey(query, place), place]));
  const places = [...new Set(keys)].flatMap((key) => byKey.get(key) ?? []);
  let forecasts: readonly PlaceForecast[];
  try {
    forecasts = await query.provider.load({ places, days: query.days, timeZone: query.timeZone }, signal);
  } catch (error) {
    if (!signal.aborted) reportFailure(error);
    throw error;
  }
  const savedAt = store.now();
  const results = new Map<string, StoredForecast>();
  const emptyOverData: string[] = [];
  places.forEach((place, index) => {
    const key = forecastKey(query, place);
    const entry = { forecast: readForecast(forecasts[index]), savedAt };
    if (hasWeather(entry.forecast)) store.write(key, entry);
    else {
      const earlier = store.read(key);
      if (earlier !== undefined && hasWeather(earlier.forecast)) emptyOverData.push(place.name || key);
    }
    results.set(key, entry);
  });
  if (emptyOverData.length > 0) {
    const failure = new FetchFailure('not-data', `the answer held no weather for ${emptyOverData.join(', ')}`, {
      attempts: 1,
    });
    reportFailure(failure);
    throw failure;
  }
  return results;
}
