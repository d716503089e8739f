import { choice, cleanText } from '@portal-widgets/core';
import type { Place } from './forecast.js';
import { tagName } from './tag.js';

export const windUnits = ['kmh', 'ms'] as const;
export type WindUnit = (typeof windUnits)[number];

/** `[min, max, default]` of the whole-number attributes. */
export const wholeNumbers = {
  days: [0, 7, 3],
  // Below 5 minutes every reader of every site would call Open-Meteo too often for its free tier.
  refresh: [5, 24 * 60, 30],
} as const;

/** More would make the request URL and the chooser unwieldy. */
export const maxLocations = 50;

export const coordinateLimits = { latitude: 90, longitude: 180 } as const;
type Axis = keyof typeof coordinateLimits;

/** The attributes whose bad values are reported by {@link reportOption}. */
export type ReportedOption = Axis | 'locations' | keyof typeof wholeNumbers;

/**
 * Logs one named warning about a bad value. The wording is loaded only when a value is bad, so the
 * normal path does not carry it.
 */
export function reportOption(attribute: ReportedOption, value: unknown, problem: string, fallback?: string): void {
  void import('./option-reports.js').then((module) => module.report(attribute, value, problem, fallback));
}

const isAbsent = (value: unknown): boolean => value === undefined || value === null || value === '';

/**
 * A coordinate from a number or decimal text with a dot. A decimal comma ("20,42", as Vietnamese
 * writes it) is refused, not guessed: in a request it would name two places.
 */
export function readCoordinate(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*[+-]?\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : value;
  return Number.isFinite(number) ? (number as number) : undefined;
}

export const inRange = (value: number | undefined, axis: Axis): value is number =>
  value !== undefined && Math.abs(value) <= coordinateLimits[axis];

/** A `latitude` or `longitude` (attribute text or number), or `undefined` with one named warning. */
export function normalizeCoordinate(value: unknown, axis: Axis): number | undefined {
  if (isAbsent(value)) return undefined;
  const number = readCoordinate(value);
  if (inRange(number, axis)) return number;
  reportOption(axis, value, number === undefined ? 'not a decimal number with a dot' : 'out of range');
  return undefined;
}

/**
 * The place given by `latitude`, `longitude` and `location`, or `undefined`: with one warning for a
 * bad or a missing half, and none when neither is given (as before a script sets them).
 */
export function normalizeSinglePlace(latitude: unknown, longitude: unknown, name: unknown): Place | undefined {
  const lat = normalizeCoordinate(latitude, 'latitude');
  const lon = normalizeCoordinate(longitude, 'longitude');
  if (lat !== undefined && lon !== undefined) return { name: cleanText(name) ?? '', latitude: lat, longitude: lon };
  if (isAbsent(latitude) !== isAbsent(longitude)) {
    reportOption(isAbsent(latitude) ? 'latitude' : 'longitude', '', 'missing');
  }
  return undefined;
}

/** `days` (0–7, default 3) or `refresh` (minutes, 5–1440, default 30); a bad value gives the default. */
export function normalizeWholeNumber(value: unknown, attribute: keyof typeof wholeNumbers): number {
  const [min, max, fallback] = wholeNumbers[attribute];
  if (value === undefined || value === null) return fallback;
  if (Number.isInteger(value) && (value as number) >= min && (value as number) <= max) return value as number;
  reportOption(attribute, value, Number.isInteger(value) ? 'out of range' : 'not a whole number');
  return fallback;
}

export function normalizeWindUnit(value: unknown): WindUnit {
  return choice(value, { element: tagName, attribute: 'wind-unit', allowed: windUnits, fallback: 'kmh' });
}
