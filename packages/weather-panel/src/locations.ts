// `locations`, read by code loaded only on pages that give a list of places.
import { cleanText } from '@portal-widgets/core';
import { isObject, type Place } from './forecast.js';
import { inRange, maxLocations, readCoordinate, reportOption } from './options.js';

/**
 * `locations` as places. Invalid entries are left out and named in one warning, and so are places
 * past {@link maxLocations}; `undefined` when nothing usable remains.
 */
export function normalizeLocations(value: unknown): Place[] | undefined {
  if (value === undefined || value === null) return undefined;
  // Not an array counts as one invalid entry.
  const entries: unknown[] = Array.isArray(value) ? value : [value];
  const places: Place[] = [];
  const invalid: number[] = [];
  entries.forEach((entry, index) => {
    const { name, latitude, longitude } = (isObject(entry) ? entry : {}) as Record<string, unknown>;
    const place = { name: cleanText(name), latitude: readCoordinate(latitude), longitude: readCoordinate(longitude) };
    if (place.name && inRange(place.latitude, 'latitude') && inRange(place.longitude, 'longitude')) {
      places.push(place as Place);
    } else invalid.push(index);
  });
  const kept = places.slice(0, maxLocations);
  if (invalid.length > 0 || kept.length < places.length) {
    const problem =
      invalid.length > 0 ? `invalid entries at ${invalid.join(', ')}` : `more than ${maxLocations} places`;
    reportOption('locations', value, problem, kept.length > 0 ? `the first ${kept.length} valid places` : undefined);
  }
  return kept.length > 0 ? kept : undefined;
}
