/** A calendar date and wall-clock time, plus the zone offset the text stated (minutes east of UTC). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offsetMinutes: number;
}

// Years outside this window are placeholders ("0001-01-01", .NET's DateTime.MinValue) or typos,
// and could not be written as "YYYY" anyway.
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;
const MAX_OFFSET_MINUTES = 18 * 60;

/** True for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a given year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Two-digit years as feedparser reads them: below 90 is 20xx, else 19xx; RFC 2822 §4.3 adds 1900
 * to three-digit years. https://github.com/kurtmckee/feedparser/blob/develop/feedparser/datetimes/rfc822.py
 */
export function expandYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 2) return year + (year < 90 ? 2000 : 1900);
  if (digits.length === 3) return year + 1900;
  return year;
}

function isValid(p: DateParts): boolean {
  if (p.year < MIN_YEAR || p.year > MAX_YEAR) return false;
  if (p.month < 1 || p.month > 12) return false;
  if (p.day < 1 || p.day > daysInMonth(p.year, p.month)) return false;
  // 24:00:00 is ISO 8601's "end of day"; any other time past 23:59 is a typo.
  if (p.hour === 24) return p.minute === 0 && p.second === 0;
  if (p.hour < 0 || p.hour > 23 || p.minute < 0 || p.minute > 59) return false;
  // 60 is a leap second (RFC 3339 §5.6); it is read as :59 so the result stays in its minute.
  if (p.second < 0 || p.second > 60) return false;
  return Math.abs(p.offsetMinutes) <= MAX_OFFSET_MINUTES;
}

// "00".."99", so formatting is a lookup rather than padStart on every call.
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));

// Days since 1970-01-01 of a proleptic Gregorian date, and back, by Howard Hinnant's
// algorithms (https://howardhinnant.github.io/date_algorithms.html): plain integer arithmetic,
// cheaper than a Date object on a path taken for every date of every entry.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Validates the parts and writes them as UTC "YYYY-MM-DDTHH:MM:SSZ"; undefined when impossible. */
export function toUtcString(p: DateParts): string | undefined {
  if (!isValid(p)) return undefined;
  const second = p.second === 60 ? 59 : p.second;
  let minutes = p.hour * 60 + p.minute - p.offsetMinutes;
  const days = daysFromCivil(p.year, p.month, p.day) + Math.floor(minutes / 1440);
  minutes -= Math.floor(minutes / 1440) * 1440;
  const [year, month, day] = civilFromDays(days);
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const hh = TWO_DIGITS[Math.floor(minutes / 60)];
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${hh}:${TWO_DIGITS[minutes % 60]}:${TWO_DIGITS[second]}Z`;
}

/** What a parser returns when it recognised its format but the values cannot exist (week 54). */
export const IMPOSSIBLE: DateParts = Object.freeze({
  year: 0,
  month: 0,
  day: 0,
  hour: 0,
  minute: 0,
  second: 0,
  offsetMinutes: 0,
});

/** Parts for a date with no time given: midnight UTC. */
export function dateOnly(year: number, month: number, day: number): DateParts {
  return { year, month, day, hour: 0, minute: 0, second: 0, offsetMinutes: 0 };
}

/**
 * Parts from a date, an optional time and an optional zone; undefined when the zone is unknown.
 * A time without a zone is read as UTC: the text carries no zone, and the machine's local zone
 * (what Date.parse uses) would make the result depend on where Orrery runs. feedparser does the
 * same. https://feedparser.readthedocs.io/en/latest/date-parsing.html
 */
export function withTime(
  date: readonly [number, number, number],
  time: readonly [string | undefined, string | undefined, string | undefined],
  zone: string | undefined,
  zoneOffset: (token: string) => number | undefined,
): DateParts | undefined {
  const offsetMinutes = zone === undefined ? 0 : zoneOffset(zone);
  if (offsetMinutes === undefined) return undefined;
  return {
    year: date[0],
    month: date[1],
    day: date[2],
    hour: Number(time[0] ?? 0),
    minute: Number(time[1] ?? 0),
    second: Number(time[2] ?? 0),
    offsetMinutes,
  };
}

/** 12-hour clock to 24-hour: 12 AM is 0, 12 PM is 12; -1 when the hour cannot carry AM/PM. */
export function applyMeridiem(hour: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return -1;
  const pm = meridiem.toLowerCase() === "p";
  return (hour % 12) + (pm ? 12 : 0);
}
