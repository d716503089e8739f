import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { OpenMeteoProvider, WeatherPanel, type PlaceForecast, type WeatherProvider } from '../src/element.js';
import {
  clearNight,
  coldSnap,
  dayMs,
  hanoiAfternoon,
  hourMs,
  openMeteoPlace,
  sunnyDays,
  vietnamMidnight,
  type PlaceWeather,
} from './fixtures/open-meteo.js';

// ---------------------------------------------------------------------------------------------
// Helpers. Everything a test replaces (console, fetch, storage, navigator.onLine, document.hidden)
// is put back by afterEach, and the panels' cache entries are removed. Each test asks for its own
// coordinates, so nothing cached or shared by one test can answer another.

const restorers: (() => void)[] = [];

afterEach(() => {
  for (const restore of restorers.splice(0).reverse()) restore();
  for (const key of Object.keys(localStorage)) if (key.startsWith('pw-weather-panel:')) localStorage.removeItem(key);
});

let nextLatitude = 10;

/** Coordinates no other test uses. */
function uniquePlace(): { latitude: number; longitude: number } {
  nextLatitude += 0.0137;
  return { latitude: Number(nextLatitude.toFixed(4)), longitude: 105.8542 };
}

function captureConsole(level: 'error' | 'warn'): string[] {
  const original = console[level];
  const messages: string[] = [];
  console[level] = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  restorers.push(() => {
    console[level] = original;
  });
  return messages;
}

interface FetchCall {
  url: string;
  signal: AbortSignal | undefined;
}

/** Replaces window.fetch for the current test; `respond` answers every request. */
function stubFetch(respond: (call: FetchCall) => Promise<Response>): FetchCall[] {
  const original = window.fetch;
  const calls: FetchCall[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call = { url, signal: init?.signal ?? undefined };
    calls.push(call);
    return respond(call);
  };
  restorers.push(() => {
    window.fetch = original;
  });
  return calls;
}

const json = (body: unknown, status = 200): (() => Promise<Response>) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return () => Promise.resolve(new Response(text, { status, headers: { 'content-type': 'application/json' } }));
};

const neverAnswers = (): Promise<Response> => new Promise<Response>(() => undefined);

/** Overrides a read-only property of an object for the current test. */
function stubProperty<T extends object>(target: T, name: string, value: unknown): void {
  Object.defineProperty(target, name, { configurable: true, get: () => value });
  restorers.push(() => Reflect.deleteProperty(target, name));
}

/**
 * Open-Meteo without the waits that faults cost (the real policy: 2 retries after 1 s and 2 s). The
 * timeout stays long, so that a slow machine never turns a stubbed answer into a timeout.
 */
const quickOpenMeteo = ({ retries = 0, timeoutMs = 5000 } = {}): OpenMeteoProvider =>
  new OpenMeteoProvider({ policy: { timeoutMs, retries, backoffMs: 5 } });

function shadow(el: Element): ShadowRoot {
  if (el.shadowRoot === null) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

function part(el: Element, name: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
  if (found === null) throw new Error(`no [part~="${name}"] rendered`);
  return found;
}

const partOrNull = (el: Element, name: string): HTMLElement | null =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);

const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const statusText = (el: Element): string => text(shadow(el).querySelector('[role="status"]'));

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

/** How many times a text is in the page's accessibility tree, as a screen reader reads through it. */
async function spokenTimes(words: string): Promise<number> {
  const count = (node: AxNode): number =>
    (node.children?.length ? 0 : (node.name ?? '').split(words).length - 1) +
    (node.children ?? []).reduce((sum, child) => sum + count(child), 0);
  return count((await a11ySnapshot({})) as unknown as AxNode);
}

const section = (el: Element): HTMLElement => part(el, 'panel');

/** Waits until the panel shows weather. */
async function shown(el: WeatherPanel): Promise<void> {
  await waitUntil(() => partOrNull(el, 'current') !== null || partOrNull(el, 'forecast') !== null, 'weather shown', {
    timeout: 5000,
  });
  await el.updateComplete;
}

/** Waits until the panel has finished loading (cached data is shown while it checks for newer). */
async function settled(el: WeatherPanel): Promise<void> {
  await waitUntil(() => section(el).getAttribute('aria-busy') === 'false', 'the load settles', { timeout: 5000 });
}

/** Waits until the panel shows a notice (error, stale, empty). */
async function noticeShown(el: WeatherPanel, match?: string): Promise<void> {
  await waitUntil(
    () => shadow(el).querySelector('[part~="notice"]') !== null && (!match || text(part(el, 'notice')).includes(match)),
    `a notice${match ? ` with "${match}"` : ''}`,
    { timeout: 5000 },
  );
  await el.updateComplete;
}

async function panel(template: ReturnType<typeof html>): Promise<WeatherPanel> {
  return fixture<WeatherPanel>(template);
}

function seedCache(place: { latitude: number; longitude: number }, savedAt: number, weather: PlaceWeather = {}): void {
  const key = `pw-weather-panel:v1:open-meteo https://api.open-meteo.com|${place.latitude},${place.longitude}|3|Asia/Ho_Chi_Minh`;
  const midnight = vietnamMidnight();
  const forecast: PlaceForecast = {
    current: {
      time: midnight + (weather.hour ?? 9) * hourMs,
      temperature: weather.temperature ?? 26,
      humidity: 80,
      windSpeed: 7,
      code: weather.code ?? 3,
      isDay: true,
    },
    daily: [0, 1, 2].map((index) => ({ date: midnight + index * dayMs, code: 3, min: 24, max: 30 })),
  };
  localStorage.setItem(key, JSON.stringify({ savedAt, forecast }));
}

const weekday = /^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật)$/;

// ---------------------------------------------------------------------------------------------

describe('<pw-weather-panel>', () => {
  describe('rendering', () => {
    it('shows the place, current conditions, three days, the time in the portal zone and the credit', async () => {
      const place = uniquePlace();
      stubFetch(json(openMeteoPlace({ ...place, ...hanoiAfternoon })));
      const el = await panel(
        html`<pw-weather-panel
          latitude=${place.latitude}
          longitude=${place.longitude}
          location="Hà Nội"
        ></pw-weather-panel>`,
      );
      await shown(el);

      expect(text(part(el, 'title'))).to.equal('Thời tiết');
      expect(part(el, 'title').localName).to.equal('h2');
      expect(text(part(el, 'place'))).to.equal('Hà Nội');
      expect(text(part(el, 'temperature'))).to.equal('27°C');
      expect(text(part(el, 'condition'))).to.equal('Có mây');
      const details = Array.from(shadow(el).querySelectorAll('dl > div')).map(
        (item) => `${text(item.querySelector('dt'))} ${text(item.querySelector('dd'))}`,
      );
      expect(details).to.deep.equal(['Độ ẩm 78%', 'Gió 9 km/h']);
      const icon = part(el, 'current').querySelector('svg');
      expect(icon?.querySelector('.sun') && icon.querySelector('.cloud'), 'sun behind a cloud').not.to.equal(null);
      const days = Array.from(shadow(el).querySelectorAll('[part~="day"]'));
      expect(days).to.have.length(3);
      expect(text(days[0]?.querySelector('b') ?? null)).to.equal('Hôm nay');
      expect(text(days[1]?.querySelector('b') ?? null)).to.match(weekday);
      expect(text(days[0] ?? null))
        .to.include('Có mây')
        .and.include('Cao nhất 31°')
        .and.include('Thấp nhất 24°');
      expect(part(el, 'forecast').getAttribute('aria-label')).to.equal('Dự báo 3 ngày');
      // The test runs with TZ=UTC: 14:00 in Hà Nội is 07:00 on this machine's clock.
      expect(text(partOrNull(el, 'footer')?.querySelector('p') ?? null)).to.equal('Cập nhật lúc 14:00');
      const link = shadow(el).querySelector('a');
      expect(text(link)).to.equal('Open-Meteo.com');
      expect(link?.getAttribute('href')).to.equal('https://open-meteo.com/');
      expect(link?.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(text(link?.parentElement ?? null)).to.equal('Dữ liệu thời tiết: Open-Meteo.com');
      expect(link?.getBoundingClientRect().height, 'a 24 px target').to.be.at.least(24);
      expect(statusText(el)).to.equal('Đã tải dữ liệu thời tiết.');
      expect(shadow(el).textContent).not.to.match(/NaN|undefined|null/);
      await expect(el).to.be.accessible();
    });

    it('asks Open-Meteo once, with dot decimals, the time zone, the days and at most 10 variables', async () => {
      const place = uniquePlace();
      const calls = stubFetch(json(openMeteoPlace({ ...place, days: sunnyDays.slice(0, 5) })));
      const el = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude=${place.longitude} days="5"></pw-weather-panel>`,
      );
      await shown(el);

      expect(calls).to.have.length(1);
      const url = new URL(calls[0]?.url ?? '');
      expect(url.origin + url.pathname).to.equal('https://api.open-meteo.com/v1/forecast');
      expect(url.searchParams.get('latitude')).to.equal(String(place.latitude));
      expect(url.searchParams.get('longitude')).to.equal('105.8542');
      expect(url.searchParams.get('timezone')).to.equal('Asia/Ho_Chi_Minh');
      expect(url.searchParams.get('forecast_days')).to.equal('5');
      const variables = [
        ...(url.searchParams.get('current') ?? '').split(','),
        ...(url.searchParams.get('daily') ?? '').split(','),
      ];
      expect(variables.length).to.be.at.most(10);
    });

    it('draws the moon for a clear night (is_day 0), and the days by day', async () => {
      const night = uniquePlace();
      stubFetch(json(openMeteoPlace({ ...night, ...clearNight })));
      const el = await panel(
        html`<pw-weather-panel latitude=${night.latitude} longitude="105.8542"></pw-weather-panel>`,
      );
      await shown(el);

      const icon = part(el, 'current').querySelector('svg');
      expect(icon?.getAttribute('aria-hidden')).to.equal('true');
      expect(icon?.querySelector('.moon'), 'a moon').not.to.equal(null);
      expect(icon?.querySelector('.sun'), 'no sun').to.equal(null);
      expect(text(part(el, 'condition'))).to.equal('Trời quang');
      // The days have no is_day: they are drawn by day.
      expect(part(el, 'forecast').querySelector('.moon')).to.equal(null);
    });

    it('shows a cold snap below zero without "-0", and freezing fog and snow in Vietnamese', async () => {
      const place = uniquePlace();
      stubFetch(json(openMeteoPlace({ ...coldSnap, ...place })));
      const el = await panel(
        html`<pw-weather-panel
          latitude=${place.latitude}
          longitude=${place.longitude}
          location="Sa Pa"
        ></pw-weather-panel>`,
      );
      await shown(el);

      expect(text(part(el, 'temperature'))).to.equal('0°C');
      expect(text(part(el, 'condition'))).to.equal('Sương mù đóng băng');
      expect(text(part(el, 'forecast')))
        .to.include('Tuyết rơi nhẹ')
        .and.include('Thấp nhất -3°');
    });

    it('gives an unknown weather code a neutral text and drawing', async () => {
      const place = uniquePlace();
      stubFetch(json(openMeteoPlace({ ...place, code: 42 })));
      const el = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude="105.8542"></pw-weather-panel>`,
      );
      await shown(el);

      expect(text(part(el, 'condition'))).to.equal('Không rõ thời tiết');
      expect(part(el, 'current').querySelector('svg .sun, svg .cloud, svg .moon')).to.equal(null);
    });

    it('converts the wind to m/s with wind-unit="ms", with a Vietnamese decimal comma', async () => {
      const place = uniquePlace();
      stubFetch(json(openMeteoPlace({ ...place, wind: 9.4 })));
      const el = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude="105.8542" wind-unit="ms"></pw-weather-panel>`,
      );
      await shown(el);

      expect(text(shadow(el).querySelectorAll('dd')[1] ?? null)).to.equal('2,6 m/s');
    });

    it('shows only the current conditions with days="0", and asks for no daily values', async () => {
      const place = uniquePlace();
      const calls = stubFetch(json(openMeteoPlace({ ...place, days: [] })));
      const el = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude="105.8542" days="0"></pw-weather-panel>`,
      );
      await shown(el);

      expect(partOrNull(el, 'forecast')).to.equal(null);
      expect(new URL(calls[0]?.url ?? '').searchParams.has('daily')).to.equal(false);
    });

    it('renders in English on an English page, with English weekdays', async () => {
      const place = uniquePlace();
      stubFetch(json(openMeteoPlace({ ...place, ...hanoiAfternoon })));
      const el = await panel(
        html`<pw-weather-panel
          lang="en"
          latitude=${place.latitude}
          longitude="105.8542"
          location="Hanoi"
        ></pw-weather-panel>`,
      );
      await waitUntil(() => partOrNull(el, 'title') !== null, 'the English strings load', { timeout: 5000 });
      await shown(el);

      expect(text(part(el, 'title'))).to.equal('Weather');
      expect(text(part(el, 'condition'))).to.equal('Partly cloudy');
      expect(text(shadow(el).querySelector('b'))).to.equal('Today');
      expect(text(shadow(el).querySelectorAll('[part~="day"] b')[1] ?? null)).to.match(
        /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/,
      );
      expect(text(part(el, 'footer')))
        .to.include('Updated at 14:00')
        .and.include('Weather data by Open-Meteo.com');
      await expect(el).to.be.accessible();
    });

    it('follows a change of the page language', async () => {
      const place = uniquePlace();
      stubFetch(json(openMeteoPlace(place)));
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="vi">
          <pw-weather-panel latitude=${place.latitude} longitude="105.8542"></pw-weather-panel>
        </div>`,
      );
      const el = wrapper.querySelector('pw-weather-panel') as WeatherPanel;
      await shown(el);
      expect(text(part(el, 'title'))).to.equal('Thời tiết');

      wrapper.lang = 'en';
      await waitUntil(() => text(partOrNull(el, 'title')) === 'Weather', 'the panel turns English', { timeout: 5000 });
      expect(text(part(el, 'condition'))).to.equal('Partly cloudy');
    });

    it('uses the strings overrides, a weather code included', async () => {
      const place = uniquePlace();
      stubFetch(json(openMeteoPlace({ ...place, code: 3 })));
      const el = await panel(
        html`<pw-weather-panel
          latitude=${place.latitude}
          longitude="105.8542"
          strings='{"title": "Thời tiết hôm nay", "wmo3": "Trời âm u"}'
        ></pw-weather-panel>`,
      );
      await shown(el);

      expect(text(part(el, 'title'))).to.equal('Thời tiết hôm nay');
      expect(text(part(el, 'condition'))).to.equal('Trời âm u');
    });

    it('fits a 320 px screen: nothing wider than the panel, long names wrap', async () => {
      const place = uniquePlace();
      stubFetch(
        json(
          openMeteoPlace({
            ...place,
            days: [
              [82, 22, 25],
              [96, 21, 24],
              [57, -1, 2],
            ],
          }),
        ),
      );
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 288px">
          <pw-weather-panel
            latitude=${place.latitude}
            longitude="105.8542"
            location="Thànhphốvớimộttênrấtdàikhôngcókhoảngtrắngnàocả"
          ></pw-weather-panel>
        </div>`,
      );
      const el = wrapper.querySelector('pw-weather-panel') as WeatherPanel;
      await shown(el);

      const box = section(el);
      expect(box.getBoundingClientRect().width).to.equal(288);
      expect(box.scrollWidth, 'no horizontal overflow').to.be.at.most(box.clientWidth);
      for (const day of shadow(el).querySelectorAll('[part~="day"]')) {
        expect(day.scrollWidth, text(day)).to.be.at.most(day.clientWidth);
      }
    });

    it('renders place names as text, isolated for bidirectional text', async () => {
      const place = uniquePlace();
      stubFetch(json(openMeteoPlace(place)));
      const el = await panel(
        html`<pw-weather-panel
          latitude=${place.latitude}
          longitude="105.8542"
          location=${'<img src=x onerror=alert(1)>'}
        ></pw-weather-panel>`,
      );
      await shown(el);

      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(part(el, 'place').querySelector('bdi')?.textContent).to.equal('<img src=x onerror=alert(1)>');
    });

    it('honours properties set before the element is defined', async () => {
      const place = uniquePlace();
      stubFetch(json(openMeteoPlace({ ...place, temperature: 31 })));
      const tag = 'pw-weather-panel-upgrade-test';
      const el = document.createElement(tag) as WeatherPanel;
      Object.assign(el, { latitude: place.latitude, longitude: place.longitude, location: 'Đà Nẵng' });
      document.body.append(el);
      restorers.push(() => el.remove());
      customElements.define(tag, class extends WeatherPanel {});
      await shown(el);

      expect(text(part(el, 'place'))).to.equal('Đà Nẵng');
      expect(text(part(el, 'temperature'))).to.equal('31°C');
    });
  });

  describe('several towns', () => {
    const towns = (a: { latitude: number }, b: { latitude: number }): string =>
      JSON.stringify([
        { name: 'Huế', latitude: a.latitude, longitude: 107.5909 },
        { name: 'A Lưới', latitude: b.latitude, longitude: 107.2357 },
      ]);

    it('fetches every town in one request and switches between them with the keyboard', async () => {
      const hue = uniquePlace();
      const aLuoi = uniquePlace();
      const calls = stubFetch(
        json([
          openMeteoPlace({ latitude: hue.latitude, longitude: 107.5909, temperature: 26 }),
          openMeteoPlace({ latitude: aLuoi.latitude, longitude: 107.2357, temperature: 19, code: 61 }),
        ]),
      );
      const el = await panel(html`<pw-weather-panel locations=${towns(hue, aLuoi)}></pw-weather-panel>`);
      await shown(el);

      expect(calls).to.have.length(1);
      const url = new URL(calls[0]?.url ?? '');
      expect(url.searchParams.get('latitude')).to.equal(`${hue.latitude},${aLuoi.latitude}`);
      expect(url.searchParams.get('longitude')).to.equal('107.5909,107.2357');
      const select = part(el, 'chooser').querySelector('select') as HTMLSelectElement;
      expect(text(part(el, 'chooser').querySelector('label'))).to.equal('Địa điểm');
      expect(Array.from(select.options).map((option) => option.textContent)).to.deep.equal(['Huế', 'A Lưới']);
      expect(text(part(el, 'temperature'))).to.equal('26°C');
      expect(select.getBoundingClientRect().height, 'a 24 px target').to.be.at.least(24);

      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => text(partOrNull(el, 'temperature')) === '19°C', 'A Lưới shown', { timeout: 3000 });
      expect(text(part(el, 'condition'))).to.equal('Mưa nhỏ');
      expect(calls, 'no second request').to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('leaves out an invalid town with one warning and shows the others', async () => {
      const warnings = captureConsole('warn');
      const hue = uniquePlace();
      stubFetch(json(openMeteoPlace({ latitude: hue.latitude, longitude: 107.5909 })));
      const locations = JSON.stringify([
        { name: 'Huế', latitude: hue.latitude, longitude: 107.5909 },
        { name: 'Nơi sai', latitude: '20,42', longitude: 106 },
      ]);
      const el = await panel(html`<pw-weather-panel locations=${locations}></pw-weather-panel>`);
      await shown(el);

      expect(text(part(el, 'place'))).to.equal('Huế');
      await waitUntil(() => warnings.length === 1, 'one warning', { timeout: 3000 });
      expect(warnings[0]).to.include('<pw-weather-panel> locations').and.include('invalid entries at 1');
    });
  });

  describe('sharing and caching', () => {
    it('lets three panels for the same place share one request', async () => {
      const place = uniquePlace();
      const calls = stubFetch(json(openMeteoPlace(place)));
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <pw-weather-panel latitude=${place.latitude} longitude=${place.longitude}></pw-weather-panel>
          <pw-weather-panel latitude=${place.latitude} longitude=${place.longitude}></pw-weather-panel>
          <pw-weather-panel latitude=${place.latitude} longitude=${place.longitude}></pw-weather-panel>
        </div>`,
      );
      const panels = Array.from(wrapper.querySelectorAll('pw-weather-panel'));
      for (const el of panels) await shown(el);

      expect(calls).to.have.length(1);
      expect(panels.map((el) => text(part(el, 'temperature')))).to.deep.equal(['27°C', '27°C', '27°C']);
    });

    it('makes no request when a panel comes back within refresh minutes (a reload)', async () => {
      const place = uniquePlace();
      const calls = stubFetch(json(openMeteoPlace(place)));
      const first = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude=${place.longitude}></pw-weather-panel>`,
      );
      await shown(first);
      first.remove();
      expect(calls).to.have.length(1);

      const second = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude=${place.longitude}></pw-weather-panel>`,
      );
      await shown(second);
      await settled(second);

      expect(calls, 'answered from the cache').to.have.length(1);
      expect(text(part(second, 'temperature'))).to.equal('27°C');
    });

    it('reads what an earlier visit cached in localStorage without any request', async () => {
      const place = uniquePlace();
      seedCache(place, Date.now() - 60_000, { temperature: 29.6 });
      const calls = stubFetch(json(openMeteoPlace(place)));
      const el = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude=${place.longitude}></pw-weather-panel>`,
      );
      await shown(el);
      await settled(el);

      expect(calls).to.have.length(0);
      expect(text(part(el, 'temperature'))).to.equal('30°C');
    });

    it('fetches again when the cached data is older than refresh', async () => {
      const place = uniquePlace();
      seedCache(place, Date.now() - 31 * 60_000);
      const calls = stubFetch(json(openMeteoPlace({ ...place, temperature: 21 })));
      const el = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude=${place.longitude}></pw-weather-panel>`,
      );
      await waitUntil(() => text(partOrNull(el, 'temperature')) === '21°C', 'the fresh data', { timeout: 5000 });

      expect(calls).to.have.length(1);
    });

    it('keeps working, and still shares, when localStorage throws (sandboxed iframe, full quota)', async () => {
      const place = uniquePlace();
      for (const method of ['getItem', 'setItem', 'removeItem'] as const) {
        const original = Object.getOwnPropertyDescriptor(Storage.prototype, method) as PropertyDescriptor;
        Object.defineProperty(Storage.prototype, method, {
          configurable: true,
          value: () => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
        restorers.push(() => Object.defineProperty(Storage.prototype, method, original));
      }
      const calls = stubFetch(json(openMeteoPlace(place)));
      const first = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude=${place.longitude}></pw-weather-panel>`,
      );
      await shown(first);
      const second = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude=${place.longitude}></pw-weather-panel>`,
      );
      await shown(second);
      await settled(second);

      expect(calls, 'the second panel is answered from memory').to.have.length(1);
      expect(text(part(second, 'temperature'))).to.equal('27°C');
    });
  });

  describe('faults', () => {
    it('refreshes when refresh minutes have passed, and on failure keeps the data marked stale with its time', async () => {
      const warnings = captureConsole('warn');
      const place = uniquePlace();
      // Cached 5 minutes ago minus a moment: with refresh="5" it expires about now.
      seedCache(place, Date.now() - 5 * 60_000 + 200, { temperature: 26, hour: 9 });
      const calls = stubFetch(json('{"reason": "Internal Server Error"}', 500));
      const el = await panel(
        html`<pw-weather-panel
          latitude=${place.latitude}
          longitude=${place.longitude}
          refresh="5"
          .provider=${quickOpenMeteo()}
        ></pw-weather-panel>`,
      );
      await shown(el);
      await settled(el);
      expect(calls, 'fresh from the cache at first').to.have.length(0);

      await noticeShown(el, 'chưa cập nhật được');

      expect(calls).to.have.length(1);
      expect(text(part(el, 'notice'))).to.include('Dữ liệu lúc 09:00, chưa cập nhật được.');
      expect(text(part(el, 'temperature')), 'the cached data stays').to.equal('26°C');
      expect(statusText(el)).to.equal('Dữ liệu lúc 09:00, chưa cập nhật được.');
      expect(warnings.filter((message) => message.includes('<pw-weather-panel>'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('shows yesterday`s time with its date when stale data is from an earlier day', async () => {
      captureConsole('warn');
      const place = uniquePlace();
      const key = `pw-weather-panel:v1:open-meteo https://api.open-meteo.com|${place.latitude},${place.longitude}|3|Asia/Ho_Chi_Minh`;
      const yesterday = vietnamMidnight() - dayMs;
      const forecast: PlaceForecast = {
        current: { time: yesterday + 20 * hourMs, temperature: 25, code: 3 },
        daily: [],
      };
      localStorage.setItem(key, JSON.stringify({ savedAt: Date.now() - 40 * 60_000, forecast }));
      stubFetch(json('oops', 503));
      const el = await panel(
        html`<pw-weather-panel
          latitude=${place.latitude}
          longitude=${place.longitude}
          .provider=${quickOpenMeteo()}
        ></pw-weather-panel>`,
      );
      await noticeShown(el, 'chưa cập nhật được');

      const date = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'numeric' });
      expect(text(part(el, 'notice'))).to.include(`Dữ liệu lúc 20:00 ${date.format(yesterday + 20 * hourMs)}`);
    });

    it('shows an error with "Thử lại" when there is no data, and the retry loads it', async () => {
      const warnings = captureConsole('warn');
      const place = uniquePlace();
      let fail = true;
      const calls = stubFetch(() =>
        fail ? json('<h1>502 Bad Gateway</h1>', 502)() : json(openMeteoPlace({ ...place, temperature: 18 }))(),
      );
      const el = await panel(
        html`<pw-weather-panel
          latitude=${place.latitude}
          longitude=${place.longitude}
          .provider=${quickOpenMeteo()}
        ></pw-weather-panel>`,
      );
      await noticeShown(el, 'Không tải được');

      const button = part(el, 'retry-button') as HTMLButtonElement;
      expect(text(part(el, 'notice'))).to.include('Không tải được dữ liệu thời tiết.');
      expect(button.type).to.equal('button');
      expect(text(button)).to.equal('Thử lại');
      expect(statusText(el)).to.equal('Không tải được dữ liệu thời tiết.');
      expect(await spokenTimes('Không tải được dữ liệu thời tiết.'), 'a screen reader reads it once').to.equal(1);
      const size = button.getBoundingClientRect();
      expect(size.width).to.be.at.least(24);
      expect(size.height).to.be.at.least(24);
      expect(warnings.filter((message) => message.includes('502'))).to.have.length(1);
      await expect(el).to.be.accessible();

      fail = false;
      button.click();
      await shown(el);
      expect(text(part(el, 'temperature'))).to.equal('18°C');
      expect(calls).to.have.length(2);
      expect(statusText(el)).to.equal('Đã tải dữ liệu thời tiết.');
    });

    /** A panel for `place` showing the error, with focus on its "Thử lại" button. */
    async function failedPanelFocusedOnRetry(place: { latitude: number; longitude: number }): Promise<WeatherPanel> {
      const el = await panel(
        html`<pw-weather-panel
          latitude=${place.latitude}
          longitude=${place.longitude}
          .provider=${quickOpenMeteo()}
        ></pw-weather-panel>`,
      );
      await noticeShown(el, 'Không tải được');
      part(el, 'retry-button').focus();
      return el;
    }

    it('moves focus to the heading when a retry from the keyboard works and its button goes', async () => {
      captureConsole('warn');
      const place = uniquePlace();
      let fail = true;
      stubFetch(() => (fail ? json('unavailable', 503)() : json(openMeteoPlace({ ...place, temperature: 18 }))()));
      const el = await failedPanelFocusedOnRetry(place);
      fail = false;
      await sendKeys({ press: 'Enter' });
      await shown(el);

      expect(shadow(el).activeElement === part(el, 'title'), 'focus on the heading').to.equal(true);
      expect(document.activeElement === el, 'focus in the panel').to.equal(true);
    });

    it('moves focus to the heading when a retry fails again, with "Thử lại" the next stop', async () => {
      const warnings = captureConsole('warn');
      const place = uniquePlace();
      const calls = stubFetch(json('unavailable', 503));
      const el = await failedPanelFocusedOnRetry(place);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => warnings.length === 2, 'the retry fails');
      await noticeShown(el, 'Không tải được');

      expect(calls).to.have.length(2);
      // Compared as booleans: a failing comparison of two elements makes chai describe them at length.
      expect(shadow(el).activeElement === part(el, 'title'), 'focus on the heading').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement === part(el, 'retry-button'), 'then on "Thử lại"').to.equal(true);
    });

    it('retries a 429 after a backoff (Open-Meteo sends no Retry-After) and then shows the data', async () => {
      const place = uniquePlace();
      let answers = 0;
      const calls = stubFetch(() => {
        answers += 1;
        return answers === 1
          ? json('{"error": true, "reason": "Too many requests"}', 429)()
          : json(openMeteoPlace(place))();
      });
      const el = await panel(
        html`<pw-weather-panel
          latitude=${place.latitude}
          longitude=${place.longitude}
          .provider=${quickOpenMeteo({ retries: 2 })}
        ></pw-weather-panel>`,
      );
      await shown(el);

      expect(calls).to.have.length(2);
    });

    it('times out a request that never answers, aborting it, and shows the error', async () => {
      captureConsole('warn');
      const place = uniquePlace();
      const calls = stubFetch(neverAnswers);
      const el = await panel(
        html`<pw-weather-panel
          latitude=${place.latitude}
          longitude=${place.longitude}
          .provider=${quickOpenMeteo({ timeoutMs: 100 })}
        ></pw-weather-panel>`,
      );
      await noticeShown(el, 'Không tải được');

      expect(calls).to.have.length(1);
      expect(calls[0]?.signal?.aborted, 'the request is aborted').to.equal(true);
    });

    it('says the reader is offline, sends nothing, and loads when the connection returns', async () => {
      captureConsole('warn');
      const place = uniquePlace();
      stubProperty(navigator, 'onLine', false);
      const calls = stubFetch(json(openMeteoPlace(place)));
      const el = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude=${place.longitude}></pw-weather-panel>`,
      );
      await noticeShown(el, 'Không có kết nối mạng');
      expect(calls).to.have.length(0);

      stubProperty(navigator, 'onLine', true);
      window.dispatchEvent(new Event('online'));
      await shown(el);
      expect(calls).to.have.length(1);
    });

    it('logs Open-Meteo`s reason from a 400 {"error": true} body once, and shows the error', async () => {
      const warnings = captureConsole('warn');
      const calls = stubFetch(
        json({ error: true, reason: 'Latitude must be in range of -90 to 90°. Given: 95.0.' }, 400),
      );
      const place = uniquePlace();
      const el = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude="105.8542"></pw-weather-panel>`,
      );
      await noticeShown(el, 'Không tải được');

      expect(calls, 'a 400 is not retried').to.have.length(1);
      const reports = warnings.filter((message) => message.includes('<pw-weather-panel>'));
      expect(reports).to.have.length(1);
      expect(reports[0]).to.include('Latitude must be in range of -90 to 90°');
    });

    it('treats an HTML page (captive portal) and malformed JSON as failures, never as data', async () => {
      const warnings = captureConsole('warn');
      for (const body of ['<!DOCTYPE html><html><body>Đăng nhập Wi-Fi</body></html>', '{"current": {']) {
        const place = uniquePlace();
        stubFetch(() => Promise.resolve(new Response(body, { headers: { 'content-type': 'text/html' } })));
        const el = await panel(
          html`<pw-weather-panel latitude=${place.latitude} longitude="105.8542"></pw-weather-panel>`,
        );
        await noticeShown(el, 'Không tải được');
        expect(shadow(el).textContent).not.to.include('Wi-Fi');
      }
      expect(warnings.filter((message) => message.includes('<pw-weather-panel>'))).to.have.length(2);
    });

    it('shows what is usable from an answer with nulls, wrong types and empty lists, and says so once', async () => {
      const warnings = captureConsole('warn');
      const place = uniquePlace();
      const answer = openMeteoPlace(place) as { current: Record<string, unknown>; daily: Record<string, unknown> };
      answer.current.temperature_2m = null;
      answer.current.relative_humidity_2m = '78';
      answer.daily.temperature_2m_min = [null, 'lạnh', Number.NaN];
      stubFetch(json(answer));
      const el = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude="105.8542"></pw-weather-panel>`,
      );
      await shown(el);

      expect(partOrNull(el, 'temperature')).to.equal(null);
      expect(text(part(el, 'condition'))).to.equal('Có mây');
      expect(shadow(el).textContent).not.to.match(/NaN|undefined|null|lạnh/);
      expect(text(part(el, 'forecast'))).not.to.include('Thấp nhất');
      await waitUntil(() => warnings.some((message) => message.includes('incomplete')), 'the problems are named');
      const report = warnings.find((message) => message.includes('incomplete')) ?? '';
      expect(report).to.include('current.temperature_2m is null').and.include('relative_humidity_2m is "78"');
      expect(warnings.filter((message) => message.includes('<pw-weather-panel>'))).to.have.length(1);
    });

    it('says there is no data yet for an answer without current or daily values', async () => {
      captureConsole('warn');
      const place = uniquePlace();
      stubFetch(json({ latitude: place.latitude, longitude: 105.85, daily: { time: [] } }));
      const el = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude="105.8542"></pw-weather-panel>`,
      );
      await noticeShown(el, 'Chưa có số liệu');

      expect(text(part(el, 'notice'))).to.equal('Chưa có số liệu thời tiết.');
      expect(partOrNull(el, 'retry-button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('aborts its request when removed, and not while another panel still waits for it', async () => {
      const place = uniquePlace();
      const calls = stubFetch(neverAnswers);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <pw-weather-panel latitude=${place.latitude} longitude=${place.longitude}></pw-weather-panel>
          <pw-weather-panel latitude=${place.latitude} longitude=${place.longitude}></pw-weather-panel>
        </div>`,
      );
      await waitUntil(() => calls.length === 1, 'the shared request is sent', { timeout: 3000 });
      const [first, second] = Array.from(wrapper.querySelectorAll('pw-weather-panel'));
      const signal = calls[0]?.signal;

      first?.remove();
      expect(signal?.aborted, 'the other panel still waits').to.equal(false);
      second?.remove();
      expect(signal?.aborted, 'nobody waits any more').to.equal(true);
      expect(calls).to.have.length(1);
    });

    it('never lets the answer for an old place overwrite the new one', async () => {
      const old = uniquePlace();
      const current = uniquePlace();
      let answerOld: (response: Response) => void = () => undefined;
      const calls = stubFetch((call) =>
        call.url.includes(`latitude=${old.latitude}&`)
          ? new Promise<Response>((resolve) => (answerOld = resolve))
          : json(openMeteoPlace({ ...current, temperature: 15 }))(),
      );
      const el = await panel(html`<pw-weather-panel latitude=${old.latitude} longitude="105.8542"></pw-weather-panel>`);
      await waitUntil(() => calls.length === 1, 'the first request is sent');

      el.latitude = current.latitude;
      await shown(el);
      answerOld(new Response(JSON.stringify(openMeteoPlace({ ...old, temperature: 40 }))));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;

      expect(calls[0]?.signal?.aborted).to.equal(true);
      expect(text(part(el, 'temperature'))).to.equal('15°C');
    });

    it('does not poll while the page is hidden, and loads once when it is shown again', async () => {
      const place = uniquePlace();
      seedCache(place, Date.now() - 5 * 60_000 + 50);
      stubProperty(document, 'hidden', true);
      const calls = stubFetch(json(openMeteoPlace(place)));
      const el = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude=${place.longitude} refresh="5"></pw-weather-panel>`,
      );
      await shown(el);
      await settled(el);
      // The refresh time passes while hidden (the panel waits at least a second).
      await new Promise((resolve) => setTimeout(resolve, 1300));
      expect(calls, 'no request while hidden').to.have.length(0);

      stubProperty(document, 'hidden', false);
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => calls.length === 1, 'one request when shown', { timeout: 3000 });
    });

    it('never submits a host form: the retry button and the chooser are not submitters', async () => {
      captureConsole('warn');
      const a = uniquePlace();
      const b = uniquePlace();
      let submits = 0;
      stubFetch(json('nope', 500));
      const locations = JSON.stringify([
        { name: 'Một', ...a },
        { name: 'Hai', ...b },
      ]);
      const form = await fixture<HTMLFormElement>(
        html`<form
          @submit=${(event: Event) => {
            submits += 1;
            event.preventDefault();
          }}
        >
          <pw-weather-panel locations=${locations} .provider=${quickOpenMeteo()}></pw-weather-panel>
        </form>`,
      );
      const el = form.querySelector('pw-weather-panel') as WeatherPanel;
      await noticeShown(el, 'Không tải được');

      part(el, 'retry-button').click();
      const select = part(el, 'chooser').querySelector('select') as HTMLSelectElement;
      select.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Escape' });

      expect(submits).to.equal(0);
    });
  });

  describe('layout', () => {
    it('takes a width of its own where its parent sizes it by content, and still shrinks to fit', async () => {
      stubFetch(neverAnswers);
      const place = uniquePlace();
      const row = await fixture<HTMLDivElement>(
        html`<div style="display: flex; width: 60rem">
          <pw-weather-panel latitude=${place.latitude} longitude=${place.longitude}></pw-weather-panel>
        </div>`,
      );
      const el = row.querySelector('pw-weather-panel') as WeatherPanel;
      await el.updateComplete;
      // Size containment alone would leave it 0 px wide in a flex row, a float or a table cell.
      expect(el.getBoundingClientRect().width).to.equal(15 * 16);

      row.style.width = '200px';
      expect(el.getBoundingClientRect().width).to.equal(200);
    });
  });

  describe('configuration', () => {
    it('names a bad latitude once, sends nothing and says there is no data', async () => {
      const warnings = captureConsole('warn');
      const calls = stubFetch(json({}));
      const el = await panel(html`<pw-weather-panel latitude="20,42" longitude="105.8542"></pw-weather-panel>`);
      await noticeShown(el, 'Chưa có số liệu');

      await waitUntil(() => warnings.length > 0, 'the warning');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<pw-weather-panel> latitude').and.include('20,42').and.include('with a dot');
      expect(calls).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('names a missing longitude', async () => {
      const warnings = captureConsole('warn');
      stubFetch(json({}));
      await panel(html`<pw-weather-panel latitude="21.03"></pw-weather-panel>`);
      await waitUntil(() => warnings.length > 0, 'the warning');
      expect(warnings[0]).to.include('<pw-weather-panel> longitude: missing');
    });

    it('falls back to 3 days, 30 minutes and km/h with one warning each for bad values', async () => {
      const warnings = captureConsole('warn');
      const place = uniquePlace();
      const calls = stubFetch(json(openMeteoPlace(place)));
      const el = await panel(
        html`<pw-weather-panel
          latitude=${place.latitude}
          longitude="105.8542"
          days="9"
          refresh="1"
          wind-unit="mph"
        ></pw-weather-panel>`,
      );
      await shown(el);
      await waitUntil(() => warnings.length === 3, 'three warnings', { timeout: 3000 });

      expect(new URL(calls[0]?.url ?? '').searchParams.get('forecast_days')).to.equal('3');
      expect(warnings.some((message) => message.includes('days: out of range in 9'))).to.equal(true);
      expect(warnings.some((message) => message.includes('refresh: out of range in 1'))).to.equal(true);
      expect(warnings.some((message) => message.includes('wind-unit'))).to.equal(true);
      expect(text(shadow(el).querySelectorAll('dd')[1] ?? null)).to.equal('9 km/h');
    });

    it('logs one error for locations that are not JSON', async () => {
      const errors = captureConsole('error');
      await panel(html`<pw-weather-panel locations="[{name: 'Huế'}]"></pw-weather-panel>`);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('<pw-weather-panel> locations');
    });

    it('asks a relative api-base (the site`s caching proxy), and refuses a javascript: one', async () => {
      const warnings = captureConsole('warn');
      const place = uniquePlace();
      const calls = stubFetch(json(openMeteoPlace(place)));
      const proxied = await panel(
        html`<pw-weather-panel
          latitude=${place.latitude}
          longitude="105.8542"
          api-base="/thoi-tiet/"
        ></pw-weather-panel>`,
      );
      await shown(proxied);
      expect(calls[0]?.url).to.match(/^\/thoi-tiet\/v1\/forecast\?/);

      const other = uniquePlace();
      const unsafe = await panel(
        html`<pw-weather-panel
          latitude=${other.latitude}
          longitude="105.8542"
          api-base="javascript:alert(1)"
        ></pw-weather-panel>`,
      );
      await shown(unsafe);
      expect(calls[1]?.url).to.match(/^https:\/\/api\.open-meteo\.com\/v1\/forecast\?/);
      expect(warnings.filter((message) => message.includes('api-base'))).to.have.length(1);
    });

    it('takes its data from a site`s own provider, with no request of its own', async () => {
      const place = uniquePlace();
      const calls = stubFetch(json({}));
      const requests: unknown[] = [];
      const provider: WeatherProvider = {
        id: 'kttv-proxy',
        attribution: { source: 'Trung tâm Dự báo KTTV quốc gia', href: 'https://nchmf.gov.vn/' },
        load: (request) => {
          requests.push(request);
          return Promise.resolve([{ current: { temperature: 23, code: 61, time: Date.now() }, daily: [] }]);
        },
      };
      const el = await panel(
        html`<pw-weather-panel
          latitude=${place.latitude}
          longitude="105.8542"
          .provider=${provider}
        ></pw-weather-panel>`,
      );
      await shown(el);

      expect(calls).to.have.length(0);
      expect(requests).to.have.length(1);
      expect(text(part(el, 'condition'))).to.equal('Mưa nhỏ');
      expect(text(part(el, 'footer'))).to.include('Dữ liệu thời tiết: Trung tâm Dự báo KTTV quốc gia');
      expect(shadow(el).querySelector('a')?.getAttribute('href')).to.equal('https://nchmf.gov.vn/');
    });

    it('shows the loading state with a polite status while the first answer is awaited', async () => {
      const place = uniquePlace();
      stubFetch(neverAnswers);
      const el = await panel(
        html`<pw-weather-panel latitude=${place.latitude} longitude="105.8542"></pw-weather-panel>`,
      );
      await el.updateComplete;

      expect(section(el).getAttribute('aria-busy')).to.equal('true');
      expect(statusText(el)).to.equal('Đang tải dữ liệu thời tiết…');
      expect(text(part(el, 'notice'))).to.equal('Đang tải dữ liệu thời tiết…');
      await expect(el).to.be.accessible();
    });
  });
});
