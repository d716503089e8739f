// Loaded only when an attribute holds a bad value: the wording of the warnings.
import { reportInvalidInput } from '@portal-widgets/core';
import { coordinateLimits, maxLocations, wholeNumbers, type ReportedOption } from './options.js';
import { tagName } from './tag.js';

const noPlace = 'no place (the panel says none is chosen)';

const coordinate = (axis: keyof typeof coordinateLimits, example: string): [string, string] => [
  `decimal degrees from -${coordinateLimits[axis]} to ${coordinateLimits[axis]} with a dot, e.g. ${example}`,
  noPlace,
];

const whole = (attribute: keyof typeof wholeNumbers, unit: string): [string, string] => {
  const [min, max, fallback] = wholeNumbers[attribute];
  return [`a whole number of ${unit} from ${min} to ${max}`, `${fallback} ${unit}`];
};

/** What each attribute accepts and what the panel does instead. */
const rules: Record<ReportedOption, () => [allowed: string, fallback: string]> = {
  latitude: () => coordinate('latitude', '21.0285'),
  longitude: () => coordinate('longitude', '105.8542'),
  locations: () => [
    `a JSON array of up to ${maxLocations} {"name", "latitude", "longitude"} in decimal degrees`,
    'latitude and longitude, if given',
  ],
  days: () => whole('days', 'days'),
  refresh: () => whole('refresh', 'minutes'),
};

export function report(attribute: ReportedOption, value: unknown, problem: string, fallback?: string): void {
  const [allowed, usual] = rules[attribute]();
  reportInvalidInput('warn', { element: tagName, attribute, value, problem, allowed, fallback: fallback ?? usual });
}
