import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import '@portal-widgets/weather-panel';
import { windUnits, type WindUnit } from '@portal-widgets/weather-panel';
import {
  clearNight,
  coldSnap,
  hanoiAfternoon,
  hourMs,
  openMeteoPlace,
  storm,
  sunnyDays,
  vietnamMidnight,
  type PlaceWeather,
} from '../test/fixtures/open-meteo.js';

// Every story is answered by MSW: no request reaches Open-Meteo. Each story asks for its own
// coordinates, so that what one story cached (the panel keeps answers for `refresh` minutes) never
// shows up in another.

interface PanelArgs {
  latitude?: number;
  longitude?: number;
  location?: string;
  locations?: string;
  days: number;
  refresh: number;
  'wind-unit': WindUnit;
  lang?: string;
  width: string;
}

const forecastUrl = 'https://api.open-meteo.com/v1/forecast';

/** Answers every forecast request with `weather` at the coordinates asked for (a list for several). */
function answer(weather: (index: number) => PlaceWeather) {
  return http.get(forecastUrl, ({ request }) => {
    const query = new URL(request.url).searchParams;
    const latitudes = (query.get('latitude') ?? '').split(',').map(Number);
    const longitudes = (query.get('longitude') ?? '').split(',').map(Number);
    const days = Number(query.get('forecast_days') ?? 3);
    const places = latitudes.map((latitude, index) => {
      const place = weather(index);
      return openMeteoPlace({
        ...place,
        days: (place.days ?? sunnyDays).slice(0, days),
        latitude,
        longitude: longitudes[index],
      });
    });
    return HttpResponse.json(places.length === 1 ? places[0] : places);
  });
}

/** A hotel or airport Wi-Fi answering with its login page instead of the data. */
const captivePortal = http.get(
  forecastUrl,
  () =>
    new HttpResponse('<!DOCTYPE html><html lang="vi"><title>Đăng nhập Wi-Fi</title><body>…</body></html>', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
    }),
);

const meta: Meta<PanelArgs> = {
  title: 'Widgets/Weather panel',
  component: 'pw-weather-panel',
  args: {
    latitude: 21.0285,
    longitude: 105.8542,
    location: 'Hà Nội',
    days: 3,
    refresh: 30,
    'wind-unit': 'kmh',
    width: '22rem',
  },
  argTypes: {
    days: { control: { type: 'range', min: 0, max: 7 } },
    'wind-unit': { control: 'inline-radio', options: windUnits },
    lang: { control: 'inline-radio', options: [undefined, 'vi', 'en'] },
    width: { control: 'text', description: 'Width of the column around the panel (the story, not the widget)' },
  },
  parameters: { msw: { handlers: [answer(() => hanoiAfternoon)] } },
  render: (args) =>
    html`<div style="max-width: ${args.width}">
      <pw-weather-panel
        latitude=${args.latitude ?? nothing}
        longitude=${args.longitude ?? nothing}
        location=${args.location ?? nothing}
        locations=${args.locations ?? nothing}
        days=${args.days}
        refresh=${args.refresh}
        wind-unit=${args['wind-unit']}
        lang=${args.lang ?? nothing}
      ></pw-weather-panel>
    </div>`,
};
export default meta;

type Story = StoryObj<PanelArgs>;

/** A sidebar box on a provincial portal: now, and the next three days. */
export const Normal: Story = {};

/**
 * A clear evening in TP. Hồ Chí Minh at 21:00: warm and humid, inside the day's range, with the
 * south's own week (hot afternoons, a shower now and then), not Hà Nội's.
 */
const saigonNight: PlaceWeather = {
  ...clearNight,
  temperature: 27.3,
  humidity: 79,
  wind: 6.1,
  days: [
    [1, 25, 33],
    [2, 25, 34],
    [80, 25, 32],
    [3, 24, 33],
    [1, 24, 33],
    [2, 25, 34],
    [61, 25, 32],
  ],
};

/** After dark: the clear sky gets the moon (Open-Meteo's `is_day` is 0). */
export const Night: Story = {
  args: { latitude: 10.8231, longitude: 106.6297, location: 'TP. Hồ Chí Minh' },
  parameters: { msw: { handlers: [answer(() => saigonNight)] } },
};

/** A typhoon coming ashore: thunderstorms, violent showers, strong wind in m/s. */
export const Storm: Story = {
  args: { latitude: storm.latitude, longitude: storm.longitude, location: 'Huế', 'wind-unit': 'ms' },
  parameters: { msw: { handlers: [answer(() => storm)] } },
};

/** A cold snap in the mountains: below zero (shown as 0°C, never "-0"), freezing fog, snow. */
export const ColdSnap: Story = {
  args: { latitude: coldSnap.latitude, longitude: coldSnap.longitude, location: 'Sa Pa' },
  parameters: { msw: { handlers: [answer(() => coldSnap)] } },
};

const thuaThienHue = [
  { name: 'TP. Huế', latitude: 16.4637, longitude: 107.5909 },
  { name: 'A Lưới', latitude: 16.2833, longitude: 107.2357 },
  { name: 'Phú Lộc', latitude: 16.2901, longitude: 107.8866 },
  { name: 'Phong Điền', latitude: 16.5535, longitude: 107.3567 },
];

/** The province's towns behind a labelled chooser, all fetched in one request. */
export const SeveralTowns: Story = {
  args: { latitude: undefined, longitude: undefined, location: undefined, locations: JSON.stringify(thuaThienHue) },
  parameters: {
    msw: {
      handlers: [
        answer(
          (index) =>
            [
              { temperature: 25.1, code: 3 },
              { temperature: 21.4, code: 61 },
              { temperature: 26.3, code: 80 },
              { temperature: 24.8, code: 2 },
            ][index] ?? {},
        ),
      ],
    },
  },
};

/** Nothing cached and the network answers with a Wi-Fi login page: an error with "Thử lại". */
export const LoadError: Story = {
  args: { latitude: 20.8449, longitude: 106.6881, location: 'Hải Phòng' },
  parameters: { msw: { handlers: [captivePortal] } },
};

/** A refresh failed: the 9 o'clock data stays, marked with its time, with "Thử lại". */
export const Stale: Story = {
  args: { latitude: 12.2388, longitude: 109.1967, location: 'Nha Trang' },
  parameters: { msw: { handlers: [captivePortal] } },
  beforeEach: () => {
    // What an earlier visit left in the cache, 40 minutes ago: older than `refresh`.
    const midnight = vietnamMidnight();
    const forecast = {
      current: { time: midnight + 9 * hourMs, temperature: 28.2, humidity: 74, windSpeed: 12, code: 1, isDay: true },
      daily: sunnyDays
        .slice(0, 3)
        .map(([code, min, max], index) => ({ date: midnight + index * 86_400_000, code, min, max })),
    };
    const key = 'pw-weather-panel:v1:open-meteo https://api.open-meteo.com|12.2388,109.1967|3|Asia/Ho_Chi_Minh';
    localStorage.setItem(key, JSON.stringify({ savedAt: Date.now() - 40 * 60_000, forecast }));
    return () => localStorage.removeItem(key);
  },
};

/** While the first answer is awaited (this story's answer never comes). */
export const Loading: Story = {
  args: { latitude: 11.9404, longitude: 108.4583, location: 'Đà Lạt' },
  parameters: { msw: { handlers: [http.get(forecastUrl, async () => delay('infinite'))] } },
};

/** On an English page: texts and weekdays in English, the time still in Vietnam's zone. */
export const English: Story = {
  args: { latitude: 16.0544, longitude: 108.2022, location: 'Da Nang', lang: 'en' },
  parameters: { msw: { handlers: [answer(() => ({ temperature: 29.3, code: 1 }))] } },
};

/** A narrow column (a 320 px phone, or a thin sidebar): each day's text goes under its name. */
export const NarrowContainer: Story = {
  args: { width: '17rem', days: 5 },
};

/** A wide column: current conditions beside the days, which become tiles. */
export const WideContainer: Story = {
  args: { width: '52rem', days: 7 },
};
