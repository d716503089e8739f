import { FetchFailure } from '@portal-widgets/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchForecasts, forecastUrl, parseForecasts, refusalReason } from '../src/open-meteo-client.js';
import { formatCoordinate, OpenMeteoProvider } from '../src/open-meteo.js';
import type { WeatherRequest } from '../src/provider.js';
import { coldSnap, dayMs, hourMs, openMeteoPlace, storm, vietnamMidnight } from './fixtures/open-meteo.js';

const hanoi = { name: 'Hà Nội', latitude: 21.0285, longitude: 105.8542 };
const hue = { name: 'Huế', latitude: 16.4637, longitude: 107.5909 };
const request = (places = [hanoi], days = 3): WeatherRequest => ({ places, days, timeZone: 'Asia/Ho_Chi_Minh' });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatCoordinate', () => {
  it('writes a dot, never a comma or an exponent, whatever the locale', () => {
    const toLocaleString = vi.spyOn(Number.prototype, 'toLocaleString');
    expect(formatCoordinate(20.42)).toBe('20.42');
    expect(formatCoordinate(-33.86789)).toBe('-33.8679');
    expect(formatCoordinate(0.0000001)).toBe('0');
    expect(formatCoordinate(-0.00001)).toBe('0');
    expect(formatCoordinate(105)).toBe('105');
    expect(toLocaleString).not.toHaveBeenCalled();
  });
});

describe('forecastUrl', () => {
  it('names the time zone, the days, dot decimals and at most ten variables', () => {
    const url = new URL(forecastUrl('https://api.open-meteo.com', request()));

    expect(url.origin + url.pathname).toBe('https://api.open-meteo.com/v1/forecast');
    expect(url.searchParams.get('latitude')).toBe('21.0285');
    expect(url.searchParams.get('longitude')).toBe('105.8542');
    expect(url.searchParams.get('timezone')).toBe('Asia/Ho_Chi_Minh');
    expect(url.searchParams.get('forecast_days')).toBe('3');
    expect(url.searchParams.get('timeformat')).toBe('unixtime');
    const current = url.searchParams.get('current')?.split(',') ?? [];
    const daily = url.searchParams.get('daily')?.split(',') ?? [];
    expect(current).toEqual(['temperature_2m', 'relative_humidity_2m', 'is_day', 'weather_code', 'wind_speed_10m']);
    expect(daily).toEqual(['weather_code', 'temperature_2m_max', 'temperature_2m_min']);
    expect(current.length + daily.length).toBeLessThanOrEqual(10);
  });

  it('batches several places as comma-separated lists, in order', () => {
    const url = new URL(forecastUrl('https://api.open-meteo.com', request([hanoi, hue, { ...hue, latitude: 20.42 }])));

    expect(url.searchParams.get('latitude')).toBe('21.0285,16.4637,20.42');
    expect(url.searchParams.get('longitude')).toBe('105.8542,107.5909,107.5909');
  });

  it('encodes the time zone and asks for no daily values for days 0', () => {
    const url = forecastUrl('https://api.open-meteo.com', {
      places: [hanoi],
      days: 0,
      timeZone: 'America/Argentina/Buenos_Aires',
    });

    expect(url).toContain('timezone=America%2FArgentina%2FBuenos_Aires');
    expect(url).not.toContain('daily=');
    expect(url).toContain('forecast_days=1');
  });

  it('appends the path to a self-hosted or relative base, without a double slash', () => {
    expect(forecastUrl('https://meteo.tinh.gov.vn/', request())).toMatch(
      /^https:\/\/meteo\.tinh\.gov\.vn\/v1\/forecast\?/,
    );
    expect(forecastUrl('/proxy/open-meteo', request())).toMatch(/^\/proxy\/open-meteo\/v1\/forecast\?/);
  });
});

describe('parseForecasts', () => {
  it('reads a real-shaped answer for one place (an object), times in milliseconds', () => {
    const midnight = vietnamMidnight();
    const { forecasts, complete } = parseForecasts(openMeteoPlace({ midnight }), 1, 3);

    expect(complete).toBe(true);
    expect(forecasts).toEqual([
      {
        current: {
          time: midnight + 14 * hourMs,
          temperature: 27.4,
          humidity: 78,
          isDay: true,
          code: 2,
          windSpeed: 9.4,
        },
        daily: [
          { date: midnight, code: 2, min: 24, max: 31 },
          { date: midnight + dayMs, code: 3, min: 25, max: 32 },
          { date: midnight + 2 * dayMs, code: 61, min: 24, max: 29 },
        ],
      },
    ]);
  });

  it('reads a list for several places, in order, and is_day 0 as night', () => {
    const { forecasts, complete } = parseForecasts(
      [openMeteoPlace(storm), openMeteoPlace({ ...coldSnap, isDay: 0 })],
      2,
      3,
    );

    expect(complete).toBe(true);
    expect(forecasts.map((forecast) => forecast.current?.code)).toEqual([95, 48]);
    expect(forecasts.map((forecast) => forecast.current?.isDay)).toEqual([true, false]);
  });

  it('keeps at most the days asked for', () => {
    const { forecasts } = parseForecasts(openMeteoPlace(), 1, 2);
    expect(forecasts[0]?.daily).toHaveLength(2);
  });

  const broken: [string, (answer: Record<string, unknown>) => unknown][] = [
    ['null values', (answer) => ({ ...answer, current: { ...(answer.current as object), temperature_2m: null } })],
    ['numbers as strings', (answer) => ({ ...answer, current: { ...(answer.current as object), weather_code: '3' } })],
    ['a missing current block', ({ current: _current, ...answer }) => answer],
    ['a missing daily block', ({ daily: _daily, ...answer }) => answer],
    ['daily columns that are not lists', (answer) => ({ ...answer, daily: { time: 'hôm nay', weather_code: 3 } })],
    [
      'empty daily lists',
      (answer) => ({
        ...answer,
        daily: { time: [], weather_code: [], temperature_2m_max: [], temperature_2m_min: [] },
      }),
    ],
    [
      'NaN and Infinity in a list',
      (answer) => ({
        ...answer,
        daily: { ...(answer.daily as object), temperature_2m_max: [Number.NaN, Infinity, 1] },
      }),
    ],
    ['a block of the wrong type', (answer) => ({ ...answer, current: [1, 2, 3] })],
  ];

  it.each(broken)('leaves out what is unusable in an answer with %s, and says it is incomplete', (_, breakIt) => {
    const { forecasts, complete } = parseForecasts(breakIt(openMeteoPlace()), 1, 3);

    expect(complete).toBe(false);
    const values = JSON.stringify(forecasts);
    expect(values).not.toMatch(/null|NaN|"3"|hôm nay/);
    for (const forecast of forecasts) {
      for (const value of Object.values(forecast.current ?? {})) expect(['number', 'boolean']).toContain(typeof value);
      for (const day of forecast.daily)
        for (const value of Object.values(day)) expect(Number.isFinite(value)).toBe(true);
    }
  });

  it.each([null, 42, 'text', [], {}, { error: true }])(
    'gives an empty forecast, never an exception, for %j',
    (answer) => {
      const { forecasts, complete } = parseForecasts(answer, 1, 3);
      expect(forecasts).toEqual([{ daily: [] }]);
      expect(complete).toBe(false);
    },
  );

  it('fills a missing place with an empty forecast when the list is too short', () => {
    const { forecasts, complete } = parseForecasts([openMeteoPlace()], 2, 3);
    expect(forecasts[1]).toEqual({ daily: [] });
    expect(complete).toBe(false);
  });
});

describe('refusalReason', () => {
  it('reads Open-Meteo`s {"error": true, "reason"} body', () => {
    expect(refusalReason({ error: true, reason: 'Cannot initialize WeatherVariable from invalid String value' })).toBe(
      'Cannot initialize WeatherVariable from invalid String value',
    );
    expect(refusalReason({ error: true })).toBe('no reason given');
    expect(refusalReason({ error: false })).toBeUndefined();
    expect(refusalReason(null)).toBeUndefined();
  });
});

describe('fetchForecasts', () => {
  const respond =
    (body: string, status = 200, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    (): Promise<Response> =>
      Promise.resolve(new Response(body, { status, headers }));

  it('fetches and parses the answer', async () => {
    const fetch = vi.fn(respond(JSON.stringify([openMeteoPlace(storm), openMeteoPlace(coldSnap)])));
    const forecasts = await fetchForecasts(
      'https://api.open-meteo.com',
      { fetch },
      request([hue, hanoi]),
      new AbortController().signal,
    );

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(forecasts.map((forecast) => forecast.current?.temperature)).toEqual([24.6, -0.4]);
  });

  it('puts Open-Meteo`s reason from a 400 into the failure', async () => {
    const fetch = vi.fn(
      respond(JSON.stringify({ error: true, reason: 'Latitude must be in range of -90 to 90°. Given: 95.0.' }), 400),
    );
    const failure = await fetchForecasts(
      'https://api.open-meteo.com',
      { fetch },
      request(),
      new AbortController().signal,
    ).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(FetchFailure);
    expect((failure as FetchFailure).kind).toBe('http');
    expect((failure as FetchFailure).status).toBe(400);
    expect((failure as FetchFailure).message).toContain('Latitude must be in range of -90 to 90°');
    expect(fetch, 'a 400 is not retried').toHaveBeenCalledTimes(1);
  });

  it('treats a 200 carrying {"error": true} as a failure', async () => {
    const fetch = vi.fn(respond(JSON.stringify({ error: true, reason: 'Data corrupted' })));
    await expect(
      fetchForecasts('https://api.open-meteo.com', { fetch }, request(), new AbortController().signal),
    ).rejects.toMatchObject({ kind: 'not-data', message: expect.stringContaining('Data corrupted') as unknown });
  });

  it.each([
    ['malformed JSON', '{"current": {"temperature_2m": 2'],
    ['an HTML page (captive portal)', '<!DOCTYPE html><html><body>Đăng nhập Wi-Fi</body></html>'],
  ])('fails with not-data for %s', async (_, body) => {
    const fetch = vi.fn(respond(body));
    await expect(
      fetchForecasts('https://api.open-meteo.com', { fetch }, request(), new AbortController().signal),
    ).rejects.toMatchObject({ kind: 'not-data' });
  });

  it('names the unusable parts of an incomplete answer in one console warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const answer = openMeteoPlace() as { current: Record<string, unknown> };
    answer.current.temperature_2m = null;
    const fetch = vi.fn(respond(JSON.stringify(answer)));
    const forecasts = await fetchForecasts(
      'https://api.open-meteo.com',
      { fetch },
      request(),
      new AbortController().signal,
    );

    expect(forecasts[0]?.current?.temperature).toBeUndefined();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(warn.mock.calls[0]?.[0]).toContain(
      "<pw-weather-panel> Open-Meteo's answer is incomplete: answer.current.temperature_2m is null",
    );
  });

  it('retries a 429 without Retry-After after a backoff, on fake timers', async () => {
    vi.useFakeTimers();
    try {
      const fetch = vi
        .fn<() => Promise<Response>>()
        .mockImplementationOnce(respond(JSON.stringify({ error: true, reason: 'Too many requests' }), 429))
        .mockImplementation(respond(JSON.stringify(openMeteoPlace())));
      const loading = fetchForecasts(
        'https://api.open-meteo.com',
        { fetch, backoffMs: 1000, retries: 2 },
        request(),
        new AbortController().signal,
      );
      await vi.advanceTimersByTimeAsync(999);
      expect(fetch).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      await expect(loading).resolves.toHaveLength(1);
      expect(fetch).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('OpenMeteoProvider', () => {
  it('names its address in its id, so that two instances never share cache entries', () => {
    expect(new OpenMeteoProvider().id).toBe('open-meteo https://api.open-meteo.com');
    expect(new OpenMeteoProvider({ apiBase: '/thoi-tiet' }).id).toBe('open-meteo /thoi-tiet');
  });

  it('credits Open-Meteo as its licence asks', () => {
    expect(new OpenMeteoProvider().attribution).toEqual({ source: 'Open-Meteo.com', href: 'https://open-meteo.com/' });
  });

  it('times out after 8 seconds by default (fake timers)', async () => {
    vi.useFakeTimers();
    try {
      const fetch = vi.fn(() => new Promise<Response>(() => undefined));
      const provider = new OpenMeteoProvider({ policy: { fetch, retries: 0 } });
      const loading = provider.load(request(), new AbortController().signal).catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(7999);
      expect(fetch).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(await loading).toMatchObject({ kind: 'timeout' });
    } finally {
      vi.useRealTimers();
    }
  });
});
