/*
 * Feed dates as feeds really write them: RFC 3339 (Atom, JSON Feed), RFC 822/2822 (RSS) with
 * missing seconds, two-digit years, named zones or no zone, JavaScript's Date#toString form, and
 * the day-first numeric dates of Vietnamese CMSs. Parsed here rather than by `Date.parse`, whose
 * handling of anything but ISO differs between browsers.
 */

import { toNFC } from '@portal-widgets/core';

/** Offset of the portal's zone, Asia/Ho_Chi_Minh (+07:00 all year), assumed when a date names none. */
const portalOffset = 7 * 60;

// Earlier dates are placeholders (.NET's DateTime.MinValue, the Unix epoch), not publication dates.
const earliest = Date.UTC(1971, 0, 1);

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// prettier-ignore
const fullMonthNames = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
];

// prettier-ignore
const namedZones: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  // Indochina Time, as Vietnamese servers often print it.
  ict: 420,
};

// The named groups of the patterns below, each filling some.
type Groups = Record<string, string | undefined>;

const time = String.raw`(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,](?<fraction>\d+))?)?\s*(?<meridiem>am|pm|a\.m\.|p\.m\.|sa|ch)?`;
const zone = String.raw`(?<zone>z|[a-z]{2,5}|(?:gmt|utc)?\s*[+-]\d{1,2}(?::?\d{2})?)`;
const dayName = String.raw`(?:\p{L}+\.?(?:,\s*|\s+)){0,2}?`;
// Day and month in an order decided later (see dayAndMonth).
const numericDate = String.raw`(?<first>\d{1,2})[/.-](?<next>\d{1,2})[/.-](?<year>\d{4})`;

const patterns = [
  // 2025-06-10T08:00:00+07:00, 2025-06-10 08:00, 2025/06/10
  String.raw`(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})(?:(?:t|\s+)${time})?\s*${zone}?`,
  // Tue, 10 Jun 2025 08:00:00 +0700, 10 June 25 08:00 GMT
  String.raw`${dayName}(?<day>\d{1,2})[\s-]+(?<monthName>\p{L}+)\.?,?[\s-]+(?<year>\d{4}|\d{2})(?:,?\s+${time})?\s*${zone}?`,
  // Tue Jun 10 2025 08:00:00 GMT+0700 (Indochina Time), June 10, 2025 8:00 AM
  String.raw`${dayName}(?<monthName>\p{L}+)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})(?:,?\s+(?:at\s+)?${time})?\s*${zone}?(?:\s*\([^)]*\))?`,
  // Thứ Ba, 10/06/2025 08:00, 6/10/2025 8:00:00 AM
  String.raw`${dayName}${numericDate}(?:,?\s+(?:lúc\s+)?${time})?\s*${zone}?`,
  // 08:00 | 10/06/2025
  String.raw`${time}\s*[,|-]?\s*${dayName}${numericDate}`,
].map((pattern) => new RegExp(`^${pattern}$`, 'u'));

function monthNumber(name: string): number | undefined {
  const index = monthNames.indexOf(name.slice(0, 3));
  if (index < 0 || !(fullMonthNames[index] ?? '').startsWith(name.replace(/^sept$/, 'sep'))) return undefined;
  return index + 1;
}

function zoneOffset(value: string | undefined): number | undefined {
  if (value === undefined) return portalOffset;
  const compact = value.replace(/\s+/g, '');
  const numericZone = /^(?:gmt|utc)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(compact);
  if (numericZone !== null) {
    const [, sign, hours = '0', minutes = '0'] = numericZone;
    if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
    const offset = Number(hours) * 60 + Number(minutes);
    return sign === '-' ? -offset : offset;
  }
  // RFC 2822: an unknown zone name means "no information", read as UTC.
  return namedZones[compact] ?? 0;
}

function dayOfYear(groups: Groups): [number, number | undefined] {
  if (groups.first !== undefined) return dayAndMonth(Number(groups.first), Number(groups.next), groups.meridiem);
  const month = groups.monthName === undefined ? Number(groups.month) : monthNumber(groups.monthName);
  return [Number(groups.day), month];
}

function toIso(groups: Groups): string | undefined {
  const year = twoDigitYear(groups.year ?? '');
  const [day, monthOfYear] = dayOfYear(groups);
  let hour = Number(groups.hour ?? 0);
  const minute = Number(groups.minute ?? 0);
  const second = Math.min(Number(groups.second ?? 0), 59);
  const millisecond = Number((groups.fraction ?? '').padEnd(3, '0').slice(0, 3));
  if (groups.meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/^(?:pm|p\.m\.|ch)$/.test(groups.meridiem) ? 12 : 0);
  }
  const offset = zoneOffset(groups.zone);
  if (offset === undefined || monthOfYear === undefined || monthOfYear < 1 || monthOfYear > 12) return undefined;
  if (day < 1 || hour > 23 || minute > 59 || year < 1000) return undefined;
  const local = Date.UTC(year, monthOfYear - 1, day, hour, minute, second, millisecond);
  // Date.UTC rolls 31 June over to 1 July; a real date stays on its day.
  if (new Date(local).getUTCDate() !== day) return undefined;
  const instant = local - offset * 60_000;
  return instant < earliest ? undefined : new Date(instant).toISOString();
}

function twoDigitYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? year + (year < 50 ? 2000 : 1900) : year;
}

// RFC 3339 with a zone, as JSON and Atom write dates: the common case, checked without the patterns.
const zonedIso =
  /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:0\d|1[0-4]):?[0-5]\d)$/;

/**
 * Whether `text` is an RFC 3339 date with a zone that names a real day (no 31 June) from 1971 on.
 * Every such date is one parseFeedDate accepts too; false sends the caller to parseFeedDate.
 */
export function isZonedIsoDate(text: string): boolean {
  const match = zonedIso.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  return day >= 1 && day <= daysInMonth && Date.parse(text) >= earliest;
}

/**
 * A feed's date as an ISO 8601 UTC string, or `undefined` when it is not a real date (so a card
 * never shows "Invalid Date"). A date without a zone is read in the portal's (+07:00); numeric
 * dates are day first (10/06/2025 is 10 June) unless they carry AM/PM or cannot be.
 */
export function parseFeedDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = toNFC(value).trim().replace(/\s+/g, ' ').toLowerCase();
  if (text === '' || text.length > 100) return undefined;
  for (const pattern of patterns) {
    const groups = pattern.exec(text)?.groups;
    if (groups !== undefined) return toIso(groups);
  }
  return undefined;
}

/** Vietnamese dates are day first; an English AM/PM clock (ASP.NET's en-US default) means month first. */
function dayAndMonth(first: number, second: number, meridiem: string | undefined): [number, number] {
  const monthFirstClock = meridiem !== undefined && /^(?:am|pm|a\.m\.|p\.m\.)$/.test(meridiem);
  if (first > 12 || (!monthFirstClock && second <= 12)) return [first, second];
  return [second, first];
}
