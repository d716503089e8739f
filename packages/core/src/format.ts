import type { Language } from './language.js';
import { reportInvalidInput } from './report.js';

/** The portal's time zone: dates show Vietnam's calendar day whatever the reader's clock says. */
export const defaultTimeZone = 'Asia/Ho_Chi_Minh';

const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** One formatter per kind, language and options, made once: making one costs far more than using it. */
function cachedFormat<F extends Intl.DateTimeFormat | Intl.NumberFormat>(
  Format: new (locale: string, options: object) => F,
  language: Language,
  options: object,
): F {
  const key = JSON.stringify([Format.name, language, options]);
  let format = formats.get(key) as F | undefined;
  if (format === undefined) {
    format = new Format(locales[language], options);
    formats.set(key, format);
  }
  return format;
}

const knownZones = new Map<string, boolean>();

/** Whether `Intl` knows this IANA time zone (remembered: a page may render a thousand dated cards). */
export function isValidTimeZone(timeZone: string): boolean {
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(timeZone, known);
  }
  return known;
}

/** A `Date` from an ISO string, epoch milliseconds or a `Date`; `undefined` when it is not a real date. */
export function parseDate(value: unknown): Date | undefined {
  let date: Date;
  if (value instanceof Date) date = new Date(value.getTime());
  else if (typeof value === 'number') date = new Date(value);
  else if (typeof value === 'string' && value.trim() !== '') date = new Date(value.trim());
  else return undefined;
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export interface DateFormatOptions extends Intl.DateTimeFormatOptions {
  language: Language;
  timeZone?: string;
}

/**
 * Formats a date in the portal's time zone (default Asia/Ho_Chi_Minh). An unparseable date gives
 * an empty string rather than "Invalid Date"; an unknown time zone falls back to the default.
 */
export function formatDate(value: unknown, options: DateFormatOptions): string {
  const date = parseDate(value);
  return date === undefined ? '' : dateFormat(options).format(date);
}

/**
 * The cached `Intl.DateTimeFormat` for a language, time zone (default Asia/Ho_Chi_Minh; an unknown
 * one falls back to it) and options. Elements that render many dates keep it instead of formatting
 * through {@link formatDate} each time.
 */
export function dateFormat(options: DateFormatOptions): Intl.DateTimeFormat {
  const { language, timeZone = defaultTimeZone, ...intlOptions } = options;
  const zone = isValidTimeZone(timeZone) ? timeZone : defaultTimeZone;
  return cachedFormat(Intl.DateTimeFormat, language, { ...intlOptions, timeZone: zone });
}

export interface NumberFormatOptions extends Intl.NumberFormatOptions {
  language: Language;
}

/** Formats a number for the language (`1.234,5` in Vietnamese, `1,234.5` in English). */
export function formatNumber(value: number, options: NumberFormatOptions): string {
  if (!Number.isFinite(value)) return '';
  const { language, ...intlOptions } = options;
  return cachedFormat(Intl.NumberFormat, language, intlOptions).format(value);
}

/**
 * A widget's `time-zone` value: the zone when `Intl` knows it, otherwise the default with one named
 * warning. A removed attribute (null) or an unset property means the default, not a bad value.
 */
export function resolveTimeZone(value: string | null | undefined, element: string): string {
  const requested = value ?? defaultTimeZone;
  if (isValidTimeZone(requested)) return requested;
  reportInvalidInput('warn', {
    element,
    attribute: 'time-zone',
    value: requested,
    problem: 'unknown time zone',
    allowed: 'an IANA time zone such as Asia/Ho_Chi_Minh',
    fallback: defaultTimeZone,
  });
  return defaultTimeZone;
}
