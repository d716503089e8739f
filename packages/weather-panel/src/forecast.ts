/** A place the panel shows: a display name and its coordinates (WGS 84 degrees). */
export interface Place {
  name: string;
  latitude: number;
  longitude: number;
}

/** Conditions now. Every field may be missing: a source that lacks one leaves it out. */
export interface CurrentConditions {
  /** When the values were observed or modelled, epoch milliseconds. */
  time?: number;
  /** °C. */
  temperature?: number;
  /** Relative humidity, %. */
  humidity?: number;
  /** km/h. */
  windSpeed?: number;
  /** WMO weather interpretation code (WMO 4677, as Open-Meteo uses it). */
  code?: number;
  /** Daylight at `time`: picks the sun or the moon icon. */
  isDay?: boolean;
}

/** One day of the forecast. */
export interface DailyForecast {
  /** Any instant of that day in the portal's time zone (Open-Meteo gives local midnight), epoch ms. */
  date: number;
  code?: number;
  /** °C. */
  min?: number;
  /** °C. */
  max?: number;
}

/** What the panel shows for one place; an empty forecast has neither block. */
export interface PlaceForecast {
  current?: CurrentConditions;
  daily: DailyForecast[];
}

type Loose = Record<string, unknown>;

export const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;

const currentKeys = ['time', 'temperature', 'humidity', 'windSpeed', 'code', 'isDay'];
const dailyKeys = ['date', 'code', 'min', 'max'];

/** The known fields that are finite numbers (or a boolean `isDay`): never NaN, null or a string on screen. */
function clean<T>(source: unknown, keys: readonly string[]): Partial<T> {
  const kept: Loose = {};
  for (const key of keys) {
    const value = isObject(source) ? source[key] : undefined;
    if (key === 'isDay' ? typeof value === 'boolean' : Number.isFinite(value)) kept[key] = value;
  }
  return kept as Partial<T>;
}

/**
 * A forecast from untrusted hands (a cache entry written by another version, a source's answer, a
 * site's own provider) reduced to what is valid: wrong types and non-finite numbers are dropped.
 */
/** Whether a forecast has anything to show: current conditions or at least one day. */
export function hasWeather(forecast: PlaceForecast): boolean {
  return forecast.current !== undefined || forecast.daily.length > 0;
}

export function readForecast(value: unknown): PlaceForecast {
  const source = isObject(value) ? value : {};
  const current = clean<CurrentConditions>(source.current, currentKeys);
  const daily = (Array.isArray(source.daily) ? source.daily : [])
    .map((day) => clean<DailyForecast>(day, dailyKeys))
    .filter((day): day is DailyForecast => day.date !== undefined);
  // A time alone is not weather: the block counts when it has a value to show.
  const shown = ['temperature', 'code', 'humidity', 'windSpeed'].some((key) => key in current);
  return shown ? { current, daily } : { daily };
}
