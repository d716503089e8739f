// The network side of the store, loaded on the first cache miss.
import type { PlaceForecast } from './forecast.js';
import { readForecast } from './forecast.js';
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

/** One request; a failure is logged once here, however many panels wait for it. */
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
    if (!signal.aborted) {
      console.warn(
        `<${tagName}> The weather could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    throw error;
  }
  const savedAt = store.now();
  const results = new Map<string, StoredForecast>();
  places.forEach((place, index) => {
    const key = forecastKey(query, place);
    const entry = { forecast: readForecast(forecasts[index]), savedAt };
    store.write(key, entry);
    results.set(key, entry);
  });
  return results;
}
