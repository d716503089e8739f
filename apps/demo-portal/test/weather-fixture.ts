// A stand-in for Open-Meteo on loopback (the demo's `api-base` in tests): answers /v1/forecast for
// any comma-separated coordinates the way Open-Meteo does (a list for several places), dated now.
import { createServer, type Server } from 'node:http';

const dayMs = 86_400_000;
const vietnamOffsetMs = 7 * 3_600_000;

function place(latitude: number, longitude: number, index: number, days: number, now: number): object {
  const midnight = Math.floor((now + vietnamOffsetMs) / dayMs) * dayMs - vietnamOffsetMs;
  const seconds = (ms: number) => Math.round(ms / 1000);
  return {
    latitude,
    longitude,
    timezone: 'Asia/Ho_Chi_Minh',
    utc_offset_seconds: 25_200,
    current: {
      time: seconds(now - (now % 900_000)),
      interval: 900,
      temperature_2m: 24.6 + index,
      relative_humidity_2m: 81,
      is_day: 1,
      weather_code: 3,
      wind_speed_10m: 11.2,
    },
    daily: {
      time: Array.from({ length: days }, (_, day) => seconds(midnight + day * dayMs)),
      weather_code: Array.from({ length: days }, (_, day) => [3, 61, 2, 1, 0, 80, 3][day % 7]),
      temperature_2m_max: Array.from({ length: days }, (_, day) => 29 + (day % 3)),
      temperature_2m_min: Array.from({ length: days }, (_, day) => 22 + (day % 2)),
    },
  };
}

export interface WeatherFixture {
  url: string;
  /** Requests answered so far. */
  requests: string[];
  close: () => Promise<void>;
}

/** Starts the stand-in; `port` 0 picks a free one (pass the old port to bring it back after a stop). */
export async function startWeatherFixture(port = 0): Promise<WeatherFixture> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const headers = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };
    if (url.pathname !== '/v1/forecast') {
      response.writeHead(404, headers).end(JSON.stringify({ error: true, reason: 'Not found' }));
      return;
    }
    requests.push(url.search);
    const latitudes = (url.searchParams.get('latitude') ?? '').split(',').map(Number);
    const longitudes = (url.searchParams.get('longitude') ?? '').split(',').map(Number);
    const days = Number(url.searchParams.get('forecast_days') ?? 3);
    const now = Date.now();
    const places = latitudes.map((latitude, index) => place(latitude, longitudes[index] ?? 0, index, days, now));
    response.writeHead(200, headers).end(JSON.stringify(places.length === 1 ? places[0] : places));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
