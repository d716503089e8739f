// Loaded only when an answer had unusable values: the normal path never needs these words.
import { isObject } from './forecast.js';
import { currentFields, dailyFields } from './open-meteo-client.js';
import type { WeatherRequest } from './provider.js';
import { tagName } from './tag.js';

const shown = (value: unknown): string => (value === undefined ? 'missing' : JSON.stringify(value));

/** Each unusable part of an Open-Meteo answer, as `path is value`. */
export function describeProblems(answer: unknown, count: number, days: number): string[] {
  const problems: string[] = [];
  const items = Array.isArray(answer) ? answer : [answer];
  if (items.length !== count) problems.push(`expected ${count} place(s), got ${items.length}`);
  for (let index = 0; index < count; index += 1) {
    const item: unknown = items[index];
    const path = count > 1 ? `[${index}]` : 'answer';
    if (!isObject(item)) {
      problems.push(`${path} is ${item === undefined ? 'missing' : 'not an object'}`);
      continue;
    }
    const current = item.current;
    if (!isObject(current)) problems.push(`${path}.current is ${shown(current)}`);
    else {
      for (const name of Object.values(currentFields)) {
        if (!Number.isFinite(current[name])) problems.push(`${path}.current.${name} is ${shown(current[name])}`);
      }
    }
    if (days === 0) continue;
    const daily = item.daily;
    if (!isObject(daily)) {
      problems.push(`${path}.daily is ${shown(daily)}`);
      continue;
    }
    for (const name of Object.values(dailyFields)) {
      const column = daily[name];
      if (!Array.isArray(column)) problems.push(`${path}.daily.${name} is ${shown(column)}`);
      else {
        const bad = column.slice(0, days).filter((value) => !Number.isFinite(value)).length;
        if (column.length < days) problems.push(`${path}.daily.${name} has ${column.length} of ${days} days`);
        if (bad > 0) problems.push(`${path}.daily.${name} has ${bad} unusable value(s)`);
      }
    }
  }
  return problems;
}

/** One console message for an answer with unusable parts; the panel shows the rest. */
export function reportIncomplete(answer: unknown, request: WeatherRequest): void {
  const problems = describeProblems(answer, request.places.length, request.days);
  console.warn(`<${tagName}> Open-Meteo's answer is incomplete: ${problems.join('; ')}. Showing what is usable.`);
}
