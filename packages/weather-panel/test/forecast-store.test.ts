import { guardedStorage, type GuardedStorage } from '@portal-widgets/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlaceForecast } from '../src/forecast.js';
import { ForecastStore, forecastKey, maxStaleMs, type ForecastQuery } from '../src/forecast-store.js';
import type { WeatherProvider, WeatherRequest } from '../src/provider.js';

const minute = 60_000;
const hanoi = { name: 'Hà Nội', latitude: 21.0285, longitude: 105.8542 };
const hue = { name: 'Huế', latitude: 16.4637, longitude: 107.5909 };
const forecastOf = (temperature: number): PlaceForecast => ({ current: { temperature, code: 3 }, daily: [] });

/** A provider that answers with one forecast per place (temperature = latitude) and records its calls. */
function recordingProvider(answer?: (request: WeatherRequest, signal: AbortSignal) => Promise<PlaceForecast[]>) {
  const calls: { request: WeatherRequest; signal: AbortSignal }[] = [];
  const provider: WeatherProvider = {
    id: 'test',
    load: (request, signal) => {
      calls.push({ request, signal });
      return answer
        ? answer(request, signal)
        : Promise.resolve(request.places.map((place) => forecastOf(place.latitude)));
    },
  };
  return { provider, calls };
}

function memoryStorage(): Map<string, string> & { storage: GuardedStorage } {
  const data = new Map<string, string>() as Map<string, string> & { storage: GuardedStorage };
  data.storage = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
      return true;
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
  return data;
}

const query = (provider: WeatherProvider, places = [hanoi]): ForecastQuery => ({
  provider,
  places,
  days: 3,
  timeZone: 'Asia/Ho_Chi_Minh',
});

const signal = (): AbortSignal => new AbortController().signal;

let now = 0;
const clock = (): number => now;

beforeEach(() => {
  now = Date.UTC(2026, 10, 28, 7);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('forecastKey', () => {
  it('names the source, the rounded coordinates with dots, the days and the time zone', () => {
    const { provider } = recordingProvider();
    expect(forecastKey(query(provider), { name: 'x', latitude: 21.02851, longitude: 105.85424 })).toBe(
      'test|21.0285,105.8542|3|Asia/Ho_Chi_Minh',
    );
  });
});

describe('ForecastStore', () => {
  it('fetches once, then answers from the cache while younger than the TTL', async () => {
    const { provider, calls } = recordingProvider();
    const store = new ForecastStore(memoryStorage().storage, clock);

    const first = await store.load(query(provider), 30 * minute, signal());
    now += 29 * minute;
    const second = await store.load(query(provider), 30 * minute, signal());

    expect(calls).toHaveLength(1);
    expect(second).toEqual(first);
    expect(second[0]?.forecast.current?.temperature).toBe(21.0285);
  });

  it('fetches again once the TTL has passed', async () => {
    const { provider, calls } = recordingProvider();
    const store = new ForecastStore(memoryStorage().storage, clock);
    await store.load(query(provider), 30 * minute, signal());

    now += 30 * minute;
    const entries = await store.load(query(provider), 30 * minute, signal());

    expect(calls).toHaveLength(2);
    expect(entries[0]?.savedAt).toBe(now);
  });

  it('is read by a new store over the same storage, as after a reload', async () => {
    const data = memoryStorage();
    const { provider, calls } = recordingProvider();
    await new ForecastStore(data.storage, clock).load(query(provider), 30 * minute, signal());

    const reloaded = new ForecastStore(data.storage, clock);
    const entries = await reloaded.load(query(provider), 30 * minute, signal());

    expect(calls).toHaveLength(1);
    expect(entries[0]?.forecast.current?.temperature).toBe(21.0285);
    expect([...data.keys()]).toEqual(['pw-weather-panel:v1:test|21.0285,105.8542|3|Asia/Ho_Chi_Minh']);
  });

  it('asks only for the places the cache lacks, in one request', async () => {
    const { provider, calls } = recordingProvider();
    const store = new ForecastStore(memoryStorage().storage, clock);
    await store.load(query(provider, [hanoi]), 30 * minute, signal());

    const entries = await store.load(query(provider, [hue, hanoi]), 30 * minute, signal());

    expect(calls.map((call) => call.request.places.map((place) => place.name))).toEqual([['Hà Nội'], ['Huế']]);
    expect(entries.map((entry) => entry.forecast.current?.temperature)).toEqual([16.4637, 21.0285]);
  });

  it('asks once for two locations with the same coordinates', async () => {
    const { provider, calls } = recordingProvider();
    const store = new ForecastStore(memoryStorage().storage, clock);
    const entries = await store.load(query(provider, [hanoi, { ...hanoi, name: 'Thủ đô' }]), 30 * minute, signal());

    expect(calls[0]?.request.places).toHaveLength(1);
    expect(entries).toHaveLength(2);
  });

  it('shares one request between panels asking for the same places at the same time', async () => {
    const { provider, calls } = recordingProvider();
    const store = new ForecastStore(memoryStorage().storage, clock);
    const results = await Promise.all([1, 2, 3].map(() => store.load(query(provider), 30 * minute, signal())));

    expect(calls).toHaveLength(1);
    expect(results.map((entries) => entries[0]?.forecast.current?.temperature)).toEqual([21.0285, 21.0285, 21.0285]);
  });

  it('logs a failure once however many panels wait for it, and rejects for each', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { provider } = recordingProvider(() => Promise.reject(new Error('GET … answered HTTP 503 (3 attempts)')));
    const store = new ForecastStore(memoryStorage().storage, clock);
    const results = await Promise.allSettled([1, 2].map(() => store.load(query(provider), 30 * minute, signal())));

    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe(
      '<pw-weather-panel> The weather could not be loaded: GET … answered HTTP 503 (3 attempts)',
    );
  });

  it('keeps the expired entries for showing as stale after a failure', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let fail = false;
    const { provider } = recordingProvider((request) =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve(request.places.map(() => forecastOf(20))),
    );
    const store = new ForecastStore(memoryStorage().storage, clock);
    await store.load(query(provider), 30 * minute, signal());
    now += 45 * minute;
    fail = true;

    await expect(store.load(query(provider), 30 * minute, signal())).rejects.toThrow('offline');
    expect(store.cached(query(provider))?.[0]?.forecast.current?.temperature).toBe(20);
  });

  it('never lets an answer with no weather replace cached data: the load fails and the data stays', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let empty = false;
    const { provider, calls } = recordingProvider((request) =>
      Promise.resolve(request.places.map(() => (empty ? { daily: [] } : forecastOf(20)))),
    );
    const store = new ForecastStore(memoryStorage().storage, clock);
    await store.load(query(provider), 30 * minute, signal());
    now += 45 * minute;
    empty = true;

    await expect(store.load(query(provider), 30 * minute, signal())).rejects.toThrow(
      'the answer held no weather for Hà Nội',
    );
    expect(warn).toHaveBeenCalledWith(
      '<pw-weather-panel> The weather could not be loaded: the answer held no weather for Hà Nội',
    );
    expect(store.cached(query(provider))?.[0]).toEqual({ forecast: forecastOf(20), savedAt: now - 45 * minute });

    // The empty answer was not cached as fresh: the next load asks again, and a good answer is kept.
    empty = false;
    await store.load(query(provider), 30 * minute, signal());
    expect(calls).toHaveLength(3);
    expect(store.cached(query(provider))?.[0]?.savedAt).toBe(now);
  });

  it('shows an answer with no weather when nothing was cached, without saving it', async () => {
    const { provider, calls } = recordingProvider((request) =>
      Promise.resolve(request.places.map(() => ({ daily: [] }))),
    );
    const store = new ForecastStore(memoryStorage().storage, clock);

    const [entry] = await store.load(query(provider), 30 * minute, signal());
    expect(entry?.forecast).toEqual({ daily: [] });
    expect(store.cached(query(provider))).toBeUndefined();
    await store.load(query(provider), 30 * minute, signal());
    expect(calls).toHaveLength(2);
  });

  it('saves the places that have weather when another place of the same answer has none', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let hueEmpty = false;
    const { provider } = recordingProvider((request) =>
      Promise.resolve(
        request.places.map((place) => (hueEmpty && place === hue ? { daily: [] } : forecastOf(place.latitude))),
      ),
    );
    const store = new ForecastStore(memoryStorage().storage, clock);
    await store.load(query(provider, [hanoi, hue]), 30 * minute, signal());
    now += 45 * minute;
    hueEmpty = true;

    await expect(store.load(query(provider, [hanoi, hue]), 30 * minute, signal())).rejects.toThrow('for Huế');
    const [hanoiEntry, hueEntry] = store.cached(query(provider, [hanoi, hue])) ?? [];
    expect(hanoiEntry?.savedAt).toBe(now);
    expect(hueEntry?.savedAt).toBe(now - 45 * minute);
    expect(hueEntry?.forecast.current?.temperature).toBe(hue.latitude);
  });

  it('drops entries older than a day, corrupt ones and ones from the future', () => {
    const data = memoryStorage();
    const store = new ForecastStore(data.storage, clock);
    const key = 'test|21.0285,105.8542|3|Asia/Ho_Chi_Minh';
    const put = (value: string): void => void data.set(`pw-weather-panel:v1:${key}`, value);

    put(JSON.stringify({ savedAt: now - maxStaleMs, forecast: forecastOf(1) }));
    expect(store.read(key)?.forecast.current?.temperature).toBe(1);
    for (const bad of [
      JSON.stringify({ savedAt: now - maxStaleMs - 1, forecast: forecastOf(1) }),
      JSON.stringify({ savedAt: now + minute, forecast: forecastOf(1) }),
      JSON.stringify({ savedAt: 'hôm qua', forecast: forecastOf(1) }),
      '{"savedAt": 1',
      'null',
    ]) {
      put(bad);
      expect(store.read(key), bad).toBeUndefined();
      expect(data.size, `${bad} is removed`).toBe(0);
    }
  });

  it('reads a tampered entry without NaN or strings', () => {
    const data = memoryStorage();
    const store = new ForecastStore(data.storage, clock);
    const key = 'k';
    data.set(
      'pw-weather-panel:v1:k',
      JSON.stringify({ savedAt: now, forecast: { current: { temperature: 'nóng', code: 3 }, daily: [{ date: 'x' }] } }),
    );
    expect(store.read(key)?.forecast).toEqual({ current: { code: 3 }, daily: [] });
  });

  it('works from memory when the storage throws on every access', async () => {
    const storage = guardedStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { provider, calls } = recordingProvider();
    const store = new ForecastStore(storage, clock);
    await store.load(query(provider), 30 * minute, signal());
    const again = await store.load(query(provider), 30 * minute, signal());

    expect(calls).toHaveLength(1);
    expect(again[0]?.forecast.current?.temperature).toBe(21.0285);
  });

  it('keeps waiting panels served when one of them stops waiting, and aborts when none waits', async () => {
    const { provider, calls } = recordingProvider(
      (_, providerSignal) =>
        new Promise((_resolve, reject) =>
          providerSignal.addEventListener('abort', () => reject(providerSignal.reason)),
        ),
    );
    const store = new ForecastStore(memoryStorage().storage, clock);
    const first = new AbortController();
    const second = new AbortController();
    const loads = [first, second].map((controller) =>
      store.load(query(provider), 30 * minute, controller.signal).catch((error: unknown) => error),
    );
    await vi.waitFor(() => expect(calls).toHaveLength(1));

    first.abort();
    expect(calls[0]?.signal.aborted).toBe(false);
    second.abort();
    expect(calls[0]?.signal.aborted).toBe(true);
    await Promise.all(loads);
  });
});
