import type { Language } from './language.js';
import { parseDate } from './format.js';

export type RelativeTimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** How long ago, in the largest unit that fits: `{ amount: 3, unit: 'hour' }` for 3 h 59 min. */
export interface ElapsedTime {
  amount: number;
  unit: RelativeTimeUnit;
}

export interface RelativeTimeOptions {
  language: Language;
  /** The present, for tests and for rendering a whole list against one clock; default `Date.now()`. */
  now?: number | Date;
  /** What less than a minute ago reads as (e.g. "vừa xong"); default `Intl`'s "bây giờ" / "now". */
  justNow?: string;
}

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

const year = 365 * day;

// Each unit applies below its limit (in ms) and counts whole units of its size, rounded down, so
// 1 h 59 min is "1 giờ trước" as people say it, never "2 giờ trước". Past the last limit: years.
const scale: readonly (readonly [limit: number, size: number, unit: RelativeTimeUnit])[] = [
  [minute, second, 'second'],
  [hour, minute, 'minute'],
  [day, hour, 'hour'],
  [7 * day, day, 'day'],
  [30 * day, 7 * day, 'week'],
  [year, 30 * day, 'month'],
];

/**
 * Time elapsed from `value` to `now` in the largest fitting unit; `undefined` for something that is
 * not a date. A time in the future (a server clock slightly ahead) counts as no time at all.
 */
export function elapsedTime(value: unknown, now: number | Date = Date.now()): ElapsedTime | undefined {
  const date = parseDate(value);
  if (date === undefined) return undefined;
  const elapsed = Math.max(0, Number(now) - date.getTime());
  for (const [limit, size, unit] of scale) {
    if (elapsed < limit) return { amount: Math.floor(elapsed / size), unit };
  }
  return { amount: Math.floor(elapsed / year), unit: 'year' };
}

const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const formats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(language: Language, numeric: 'always' | 'auto'): Intl.RelativeTimeFormat {
  const key = `${language} ${numeric}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.RelativeTimeFormat(locales[language], { numeric });
    formats.set(key, format);
  }
  return format;
}

/**
 * "3 giờ trước" / "3 hours ago" through `Intl.RelativeTimeFormat`, for dates people read as "how
 * long ago" (comments, updates). Less than a minute reads as `justNow`; an unparseable date gives
 * `''`. Always numeric ("1 ngày trước", not "hôm qua"): 30 hours ago may be two calendar days back.
 */
export function formatRelativeTime(value: unknown, options: RelativeTimeOptions): string {
  const elapsed = elapsedTime(value, options.now);
  if (elapsed === undefined) return '';
  if (elapsed.unit === 'second') return options.justNow ?? relativeFormat(options.language, 'auto').format(0, 'second');
  return relativeFormat(options.language, 'always').format(-elapsed.amount, elapsed.unit);
}
