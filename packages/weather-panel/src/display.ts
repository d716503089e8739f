import { formatDate, formatMessage, formatNumber, type Catalogue, type Language } from '@portal-widgets/core';
import type { WeatherMessageKey } from './messages.js';
import type { WindUnit } from './options.js';

type Messages = Catalogue<WeatherMessageKey>;

/** A whole number of degrees; `-0` (Math.round of -0.4) would print as "-0". */
export function roundTemperature(value: number): number {
  return Math.round(value) + 0;
}

/** "24°C" (or the template given), with the number in the page's language. */
export function temperatureText(value: number, template: string, language: Language): string {
  return formatMessage(template, { value: formatNumber(roundTemperature(value), { language }) });
}

/** "12 km/h", "3,4 m/s": sources give km/h; m/s is converted here, with one decimal. */
export function windText(speedKmh: number, unit: WindUnit, messages: Messages, language: Language): string {
  return unit === 'ms'
    ? formatMessage(messages.windMs, { value: formatNumber(speedKmh / 3.6, { language, maximumFractionDigits: 1 }) })
    : formatMessage(messages.windKmh, { value: formatNumber(Math.round(speedKmh), { language }) });
}

/** The calendar day of an instant in the portal's time zone, for comparing days. */
export function dayOf(time: number, timeZone: string): string {
  return formatDate(time, { language: 'en', timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** "14:00" for a time today in the portal's zone; with the date ("09:00 27/11") for an earlier day. */
export function timeText(time: number, now: number, timeZone: string, language: Language): string {
  const date = dayOf(time, timeZone) === dayOf(now, timeZone) ? {} : ({ day: 'numeric', month: 'numeric' } as const);
  return formatDate(time, { language, timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...date });
}
