// The Open-Meteo client, loaded on the first cache miss: the URL, the fetch and the parsing.
import { FetchFailure, fetchJson, type FetchPolicy } from '@portal-widgets/core';
import { isObject, readForecast, type Place, type PlaceForecast } from './forecast.js';
import { formatCoordinate } from './open-meteo.js';
import type { WeatherRequest } from './provider.js';

/** Our field name → Open-Meteo's variable in `current`. */
export const currentFields = {
  time: 'time',
  temperature: 'temperature_2m',
  humidity: 'relative_humidity_2m',
  isDay: 'is_day',
  code: 'weather_code',
  windSpeed: 'wind_speed_10m',
} as const;

/** Our field name → Open-Meteo's variable in `daily` (each a list, one value per day). */
export const dailyFields = {
  date: 'time',
  code: 'weather_code',
  max: 'temperature_2m_max',
  min: 'temperature_2m_min',
} as const;

// Eight variables (time is not one): Open-Meteo counts them against its free tier; stay within ten.
const variables = (fields: Record<string, string>): string =>
  Object.values(fields)
    .filter((name) => name !== 'time')
    .join(',');

/**
 * The forecast URL for every place at once: Open-Meteo takes comma-separated coordinates and then
 * answers with a list. The time zone is always sent, or daily values would be cut at GMT.
 */
export function forecastUrl(apiBase: string, { places, days, timeZone }: WeatherRequest): string {
  const list = (axis: 'latitude' | 'longitude'): string =>
    places.map((place: Place) => formatCoordinate(place[axis])).join(',');
  return (
    `${apiBase.replace(/\/+$/, '')}/v1/forecast?latitude=${list('latitude')}&longitude=${list('longitude')}` +
    `&current=${variables(currentFields)}${days > 0 ? `&daily=${variables(dailyFields)}` : ''}` +
    `&timezone=${encodeURIComponent(timeZone)}&forecast_days=${Math.max(days, 1)}&timeformat=unixtime`
  );
}

/** Open-Meteo's refusal, `{"error": true, "reason": "…"}`, as its reason. */
export function refusalReason(body: unknown): string | undefined {
  if (!isObject(body) || body.error !== true) return undefined;
  return typeof body.reason === 'string' ? body.reason : 'no reason given';
}

const seconds = (value: unknown): unknown => (typeof value === 'number' ? value * 1000 : value);

function readPlace(item: unknown, days: number): PlaceForecast {
  const source = isObject(item) ? item : {};
  const now = isObject(source.current) ? source.current : {};
  const current: Record<string, unknown> = {};
  for (const [ours, theirs] of Object.entries(currentFields)) current[ours] = now[theirs];
  current.time = seconds(current.time);
  current.isDay = current.isDay === 1 ? true : current.isDay === 0 ? false : undefined;
  const table = isObject(source.daily) ? source.daily : {};
  const column = (name: string): unknown[] => {
    const values = table[name];
    return Array.isArray(values) ? values : [];
  };
  const daily = column('time')
    .slice(0, days)
    .map((time, index) => {
      const day: Record<string, unknown> = { date: seconds(time) };
      for (const [ours, theirs] of Object.entries(dailyFields)) if (ours !== 'date') day[ours] = column(theirs)[index];
      return day;
    });
  return readForecast({ current, daily });
}

/** How many values a complete answer has for one place: every current field, and every daily one per day. */
const expectedValues = (days: number): number =>
  Object.keys(currentFields).length + Object.keys(dailyFields).length * days;

const valueCount = (forecast: PlaceForecast): number =>
  Object.keys(forecast.current ?? {}).length + forecast.daily.reduce((sum, day) => sum + Object.keys(day).length, 0);

/**
 * The answer for `count` places, one forecast each in order: Open-Meteo answers one place with an
 * object and several with a list. Unusable values are left out; `complete` says whether any was.
 */
export function parseForecasts(
  answer: unknown,
  count: number,
  days: number,
): { forecasts: PlaceForecast[]; complete: boolean } {
  const items = Array.isArray(answer) ? answer : [answer];
  const forecasts = Array.from({ length: count }, (_, index) => readPlace(items[index], days));
  const complete =
    items.length === count && forecasts.every((forecast) => valueCount(forecast) === expectedValues(days));
  return { forecasts, complete };
}

/** Fetches and parses the forecasts of a request; rejects with a FetchFailure naming Open-Meteo's reason when it gives one. */
export async function fetchForecasts(
  apiBase: string,
  policy: Omit<FetchPolicy, 'signal' | 'init'>,
  request: WeatherRequest,
  signal: AbortSignal,
): Promise<PlaceForecast[]> {
  const url = forecastUrl(apiBase, request);
  let answer: unknown;
  try {
    ({ data: answer } = await fetchJson(url, { ...policy, signal }));
  } catch (error) {
    // A 400 carries Open-Meteo's reason: put it in the one console message the site team reads.
    const reason = error instanceof FetchFailure ? refusalReason(parseJson(error.body)) : undefined;
    if (reason === undefined) throw error;
    const failure = error as FetchFailure;
    throw new FetchFailure(failure.kind, `${failure.message}: ${reason}`, failure);
  }
  const reason = refusalReason(answer);
  if (reason !== undefined) throw new FetchFailure('not-data', `GET ${url} answered: ${reason}`, { attempts: 1 });
  const { forecasts, complete } = parseForecasts(answer, request.places.length, request.days);
  // What exactly is wrong is worked out only when something is.
  if (!complete) void import('./diagnose.js').then((module) => module.reportIncomplete(answer, request));
  return forecasts;
}

function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? '') as unknown;
  } catch {
    return undefined;
  }
}
