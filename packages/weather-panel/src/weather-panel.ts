import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  LanguageController,
  ResourceController,
  defaultTimeZone,
  focusStyles,
  formatDate,
  formatMessage,
  formatNumber,
  hostStyles,
  jsonAttribute,
  resolveMessages,
  resolveTimeZone,
  visuallyHiddenStyles,
  type Catalogue,
  type StringOverrides,
} from '@portal-widgets/core';
import { dayOf, temperatureText, timeText, windText } from './display.js';
import type { Place, PlaceForecast } from './forecast.js';
import { ForecastStore, forecastKey, type ForecastQuery, type StoredForecast } from './forecast-store.js';
import { iconDrawing } from './icons.js';
import { cataloguesFor, type WeatherMessageKey } from './messages.js';
import { OpenMeteoProvider } from './open-meteo.js';
import {
  normalizeSinglePlace,
  normalizeWholeNumber,
  normalizeWindUnit,
  wholeNumbers,
  type WindUnit,
} from './options.js';
import type { WeatherProvider } from './provider.js';
import { nextRefreshDelay } from './refresh.js';
import { tagName } from './tag.js';
import { iconKind, weatherCodeKey } from './weather-codes.js';
import { weatherPanelStyles } from './weather-panel.styles.js';

type Messages = Catalogue<WeatherMessageKey>;

/** One page, one store: panels share the cache and the requests in flight. */
const store = new ForecastStore();

const stringsConverter = jsonAttribute<StringOverrides<WeatherMessageKey>>({
  element: tagName,
  attribute: 'strings',
  allowed: 'a JSON object of strings',
  fallback: 'the built-in strings',
});

interface Loaded {
  /** The query the entries answer: a result for an earlier query is never shown. */
  key: string;
  entries: StoredForecast[];
}

const minutes = 60_000;

/** The code that reads `locations`, loaded by the first panel given a list of places. */
let readLocations: ((value: unknown) => Place[] | undefined) | undefined;

const icon = (code: number | undefined, night: boolean): TemplateResult =>
  html`<svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true">
    ${iconDrawing(iconKind(code), night)}
  </svg>`;

/**
 * "Thời tiết": current conditions and a daily forecast for one place or a choice of places, from
 * Open-Meteo (or a site's own provider), cached and shared between panels, honest about stale data.
 *
 * @tagname pw-weather-panel
 * @summary Current weather and a daily forecast, cached, shared and marked when stale.
 *
 * @slot - Shown only before the script runs (e.g. a link to the national weather service's forecast).
 *
 * @csspart panel - The `<section>` box.
 * @csspart title - The heading bar.
 * @csspart place - The place name (one place).
 * @csspart chooser - The label and list of places (several places).
 * @csspart current - Current conditions.
 * @csspart icon - Each weather drawing.
 * @csspart temperature - The current temperature.
 * @csspart condition - The description of the current weather.
 * @csspart details - Humidity and wind.
 * @csspart forecast - The list of days.
 * @csspart day - Each day.
 * @csspart notice - The loading, error, stale or "no data" message.
 * @csspart retry-button - The "Thử lại" button.
 * @csspart footer - Time of the data and the attribution.
 *
 * @cssprop [--pw-weather-panel-background=var(--pw-color-surface)] - Panel background.
 * @cssprop [--pw-weather-panel-border-color=var(--pw-color-border)] - Panel border.
 * @cssprop [--pw-weather-panel-radius=var(--pw-radius)] - Corner radius.
 * @cssprop [--pw-weather-panel-header-background=var(--pw-color-primary)] - Heading bar background.
 * @cssprop [--pw-weather-panel-header-color=var(--pw-color-on-primary)] - Heading bar text.
 */
export class WeatherPanel extends LitElement {
  static override styles = [hostStyles, focusStyles, visuallyHiddenStyles, weatherPanelStyles];

  static override properties = {
    latitude: {},
    longitude: {},
    location: {},
    locations: {
      converter: jsonAttribute({
        element: tagName,
        attribute: 'locations',
        allowed: 'JSON [{"name", "latitude", "longitude"}]',
        fallback: 'latitude and longitude',
      }),
    },
    days: { type: Number },
    refresh: { type: Number },
    apiBase: { attribute: 'api-base' },
    timeZone: { attribute: 'time-zone' },
    windUnit: { attribute: 'wind-unit' },
    strings: { converter: stringsConverter },
    provider: { attribute: false },
    selected: { state: true },
  };

  /** Latitude in decimal degrees with a dot (`21.0285`). */
  declare latitude?: number | string;
  /** Longitude in decimal degrees (`105.8542`). */
  declare longitude?: number | string;
  /** Display name of the place given by `latitude` and `longitude`. */
  declare location?: string;
  /** Several places, `[{name, latitude, longitude}]`: a chooser, all fetched in one request. Wins over `latitude`/`longitude`. */
  declare locations?: Place[];
  /** Days of forecast, 0–7 (default 3); 0 shows the current conditions only. */
  declare days?: number;
  /** Minutes between updates, 5–1440 (default 30); cached data younger than this is used without a request. */
  declare refresh?: number;
  /** Open-Meteo's address: a self-hosted instance or a caching proxy (default https://api.open-meteo.com). */
  declare apiBase?: string;
  /** IANA time zone of the days and times shown (default Asia/Ho_Chi_Minh), whatever the reader's clock. */
  declare timeZone: string;
  /** Wind speed unit: `kmh` (default) or `ms`. */
  declare windUnit?: WindUnit;
  /** Overrides of the built-in strings, flat or per language; `wmo61` etc. rename a weather code. */
  declare strings?: StringOverrides<WeatherMessageKey>;
  /** The data source; Open-Meteo (at `api-base`) when not set. */
  declare provider?: WeatherProvider;
  declare private selected: number;

  readonly #language = new LanguageController(this);
  readonly #forecast = new ResourceController<Loaded>(this, (signal) => this.#load(signal));
  #places: Place[] = [];
  #listPending = false;
  #dayCount: number = wholeNumbers.days[2];
  #zone = defaultTimeZone;
  #unit: WindUnit = 'kmh';
  /** `undefined` while a site's `provider` or `api-base` is being checked. */
  #source?: WeatherProvider = new OpenMeteoProvider();
  #query?: ForecastQuery;
  #queryKey = '';
  #ttlMs = wholeNumbers.refresh[2] * minutes;
  /** Cached entries found when the load started: shown until it settles, and as stale data after a failure. */
  #stored?: StoredForecast[];
  #timer?: ReturnType<typeof setTimeout>;
  /** The refresh time came while the page was hidden: load once it is shown again. */
  #due = false;

  constructor() {
    super();
    this.timeZone = defaultTimeZone;
    this.selected = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    window.addEventListener('online', this.#onOnline);
    // Back on the page with settled data: check it again (a fresh cache answers without a request).
    if (this.hasUpdated && this.#forecast.status !== 'loading') void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    window.removeEventListener('online', this.#onOnline);
    clearTimeout(this.#timer);
  }

  /** Loads again: cached data younger than `refresh` is kept, the rest is fetched (what "Thử lại" does). */
  reload(): Promise<void> {
    if (this.#query === undefined) return Promise.resolve();
    this.#stored = store.cached(this.#query);
    return this.#forecast.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locations') || changed.has('latitude') || changed.has('longitude') || changed.has('location')) {
      const single = normalizeSinglePlace(this.latitude, this.longitude, this.location);
      // Until the code that reads a list of places has loaded, the panel says it is loading.
      this.#listPending = this.locations != null && !readLocations;
      if (this.#listPending) {
        void import('./locations.js').then((module) => {
          readLocations = module.normalizeLocations;
          this.requestUpdate('locations');
        });
      }
      this.#places = readLocations?.(this.locations) ?? (this.#listPending || !single ? [] : [single]);
      if (this.selected >= this.#places.length) this.selected = 0;
    }
    if (changed.has('windUnit')) this.#unit = normalizeWindUnit(this.windUnit);
    if (changed.has('days')) this.#dayCount = normalizeWholeNumber(this.days, 'days');
    if (changed.has('timeZone')) this.#zone = resolveTimeZone(this.timeZone, tagName);
    if (changed.has('apiBase') || changed.has('provider')) this.#checkSource();
    const ttlMs = changed.has('refresh') ? normalizeWholeNumber(this.refresh, 'refresh') * minutes : this.#ttlMs;
    const source = this.#source;
    const places = this.#places;
    const query =
      source && places.length > 0
        ? { provider: source, places, days: this.#dayCount, timeZone: this.#zone }
        : undefined;
    const key = query ? places.map((place) => forecastKey(query, place)).join(' ') : '';
    // Only a change of what is asked (or of the refresh time) loads again, not a new wind unit.
    if (key === this.#queryKey && ttlMs === this.#ttlMs) return;
    this.#query = query;
    this.#queryKey = key;
    this.#ttlMs = ttlMs;
    if (query) void this.reload();
    else {
      this.#forecast.abort();
      clearTimeout(this.#timer);
    }
  }

  /** Open-Meteo by default; a site's `provider` or `api-base` is checked by code loaded only then. */
  #checkSource(): void {
    this.#source = this.provider == null && !this.apiBase ? new OpenMeteoProvider() : undefined;
    if (this.#source) return;
    void import('./custom-source.js').then((module) => {
      // A later change may have started another check: the latest values win either way.
      this.#source = module.resolveSource(this.provider, this.apiBase);
      this.requestUpdate();
    });
  }

  async #load(signal: AbortSignal): Promise<Loaded> {
    const query = this.#query;
    const key = this.#queryKey;
    const ttlMs = this.#ttlMs;
    let entries: StoredForecast[] = [];
    let failed = false;
    try {
      if (query) entries = await store.load(query, ttlMs, signal);
      return { key, entries };
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      // An aborted load belongs to a removed panel or was replaced: the newer load schedules.
      if (!signal.aborted) {
        clearTimeout(this.#timer);
        const delay = nextRefreshDelay(
          entries.map((entry) => entry.savedAt),
          ttlMs,
          Date.now(),
          failed,
        );
        this.#timer = setTimeout(this.#onTimer, delay);
      }
    }
  }

  readonly #onTimer = (): void => {
    // No polling while the page is hidden: one load when it is shown again.
    if (document.hidden) this.#due = true;
    else void this.reload();
  };

  readonly #onVisibilityChange = (): void => {
    if (document.hidden || !this.#due) return;
    this.#due = false;
    void this.reload();
  };

  /**
   * "Thử lại". Its button goes while the panel loads, so focus moves to the heading first rather than
   * falling to the top of the page; after another failure the button is the next stop after it.
   */
  readonly #retry = (): void => {
    this.renderRoot.querySelector('h2')?.focus();
    void this.reload();
  };

  readonly #onOnline = (): void => {
    if (this.#forecast.status === 'error') void this.reload();
  };

  #choose(event: Event): void {
    this.selected = (event.target as HTMLSelectElement).selectedIndex;
  }

  #renderPlace(messages: Messages): TemplateResult {
    if (this.#places.length === 1) return html`<p class="place" part="place"><bdi>${this.#places[0]?.name}</bdi></p>`;
    return html`<div part="chooser">
      <label for="place">${messages.place}</label>
      <select id="place" @change=${this.#choose}>
        ${this.#places.map(
          (place, index) =>
            html`<option dir="auto" value=${index} ?selected=${index === this.selected}>${place.name}</option>`,
        )}
      </select>
    </div>`;
  }

  #renderCurrent(forecast: PlaceForecast, messages: Messages): TemplateResult | typeof nothing {
    const current = forecast.current;
    if (current === undefined) return nothing;
    const language = this.#language.language;
    const { temperature, humidity, windSpeed } = current;
    const details = [
      [
        messages.humidity,
        humidity === undefined
          ? ''
          : formatMessage(messages.humidityValue, { value: formatNumber(Math.round(humidity), { language }) }),
      ],
      [messages.wind, windSpeed === undefined ? '' : windText(windSpeed, this.#unit, messages, language)],
    ].filter(([, value]) => value);
    return html`<div class="current" part="current">
      ${icon(current.code, current.isDay === false)}
      <p>
        ${
          temperature === undefined
            ? nothing
            : html`<span class="temperature" part="temperature"
                  >${temperatureText(temperature, messages.temperature, language)}</span
                ><br />`
        }
        <span part="condition">${messages[weatherCodeKey(current.code)]}</span>
      </p>
      <dl part="details">
        ${details.map(
          ([term, value]) =>
            html`<div>
              <dt>${term}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
    </div>`;
  }

  #renderDays(forecast: PlaceForecast, messages: Messages, now: number): TemplateResult | typeof nothing {
    const days = forecast.daily.slice(0, this.#dayCount);
    if (days.length === 0) return nothing;
    const language = this.#language.language;
    const timeZone = this.#zone;
    const today = dayOf(now, timeZone);
    const degrees = (value: number | undefined, label: string, className: string): TemplateResult | typeof nothing =>
      value === undefined
        ? nothing
        : html`<span class=${className}
            ><span class="visually-hidden">${label} </span
            >${temperatureText(value, messages.dailyTemperature, language)}</span
          >`;
    return html`<ol part="forecast" aria-label=${formatMessage(messages.forecast, { days: days.length })}>
      ${days.map(
        (day) =>
          html`<li class="day" part="day">
            <span
              ><b
                >${
                  dayOf(day.date, timeZone) === today
                    ? messages.today
                    : formatDate(day.date, { language, timeZone, weekday: 'long' })
                }</b
              ><br /><span class="summary">${messages[weatherCodeKey(day.code)]}</span></span
            >
            ${icon(day.code, false)}
            <span class="range"
              >${degrees(day.max, messages.high, 'high')}${degrees(day.min, messages.low, 'low')}</span
            >
          </li>`,
      )}
    </ol>`;
  }

  /**
   * A visible message. The status region says the same words, so this copy is hidden from screen
   * readers, which would otherwise read it twice.
   */
  #notice(text: string, retry?: string, className = 'notice'): TemplateResult {
    return html`<div class=${className} part="notice">
      <p aria-hidden="true">${text}</p>
      ${retry ? html`<button type="button" part="retry-button" @click=${this.#retry}>${retry}</button>` : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    const language = this.#language.language;
    const catalogues = cataloguesFor(language, () => this.requestUpdate());
    // The page's language is still loading: keep the space, show no words in another language.
    if (catalogues === undefined) return html`<section class="panel" part="panel" aria-busy="true"></section>`;
    const messages = resolveMessages(catalogues, language, this.strings);
    const { status, value } = this.#forecast;
    const entry = (value?.key === this.#queryKey ? value.entries : this.#stored)?.[this.selected];
    const now = Date.now();
    let body: TemplateResult | typeof nothing = nothing;
    let footer: TemplateResult | typeof nothing = nothing;
    let announcement = '';

    if (this.#places.length === 0) {
      announcement = this.#listPending ? messages.loading : messages.noData;
      body = this.#notice(announcement);
    } else if (entry === undefined && status === 'error') {
      announcement = navigator.onLine ? messages.error : messages.offline;
      body = this.#notice(announcement, messages.retry, 'notice error');
    } else if (entry === undefined) {
      announcement = messages.loading;
      body = this.#notice(announcement);
    } else {
      const { forecast, savedAt } = entry;
      const time = timeText(forecast.current?.time ?? savedAt, now, this.#zone, language);
      const stale = status === 'error';
      const hasData = forecast.current || forecast.daily.length > 0;
      const staleText = formatMessage(messages.stale, { time });
      // Both notices' words when stale data holds nothing: the visible copies are hidden from readers.
      announcement = hasData
        ? stale
          ? staleText
          : messages.loaded
        : stale
          ? `${staleText} ${messages.noData}`
          : messages.noData;
      body = html`${stale ? this.#notice(staleText, messages.retry) : nothing}
      ${
        hasData
          ? html`${this.#renderCurrent(forecast, messages)} ${this.#renderDays(forecast, messages, now)}`
          : this.#notice(messages.noData)
      }`;
      const attribution = this.#source?.attribution;
      const [before, after] = messages.attribution.split('{source}');
      footer = html`<div class="footer" part="footer">
        <p>${formatMessage(messages.updated, { time })}</p>
        ${
          attribution
            ? html`<p>
                ${before}<a href=${attribution.href || nothing} rel="noopener noreferrer">${attribution.source}</a
                >${after}
              </p>`
            : nothing
        }
      </div>`;
    }

    return html`<section class="panel" part="panel" aria-labelledby="title" aria-busy=${status === 'loading'}>
      <h2 class="title" part="title" id="title" tabindex="-1">${messages.title}</h2>
      <div class="body">
        ${this.#places.length > 0 ? this.#renderPlace(messages) : nothing}
        <div role="status" class="visually-hidden">${announcement}</div>
        ${body} ${footer}
      </div>
    </section>`;
  }
}
