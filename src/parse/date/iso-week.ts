// ISO 8601 week dates ("2019-W41-7", "2019W417") and ordinal dates ("2019-286"), which a few
// generators emit. https://en.wikipedia.org/wiki/ISO_week_date
import { type DateParts, IMPOSSIBLE, isLeapYear, withTime } from "./calendar.js";
import { zoneOffset } from "./zones.js";

const TIME = String.raw`(?:(?:t|\s+)(\d\d)(?::(\d\d)(?::(\d\d)(?:[.,]\d+)?)?)?\s*(z|[+\-]\d\d(?::?\d\d)?)?)?`;
const WEEK = new RegExp(String.raw`^(\d{4})-?w(\d\d)(?:-?([1-7]))?${TIME}$`, "i");
const ORDINAL = new RegExp(String.raw`^(\d{4})-(\d{3})${TIME}$`, "i");
const DAY_MS = 86_400_000;

function isoWeekday(ms: number): number {
  return ((new Date(ms).getUTCDay() + 6) % 7) + 1;
}

function weeksInYear(year: number): number {
  const jan1 = isoWeekday(Date.UTC(year, 0, 1));
  return jan1 === 4 || (jan1 === 3 && isLeapYear(year)) ? 53 : 52;
}

function calendarDate(ms: number): [number, number, number] {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** A week date; week 1 is the week holding January 4th, weeks start on Monday. */
export function parseIsoWeek(text: string): DateParts | undefined {
  const m = WEEK.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > weeksInYear(year)) return IMPOSSIBLE;
  const jan4 = Date.UTC(year, 0, 4);
  const week1Monday = jan4 - (isoWeekday(jan4) - 1) * DAY_MS;
  const day = week1Monday + ((week - 1) * 7 + Number(m[3] ?? 1) - 1) * DAY_MS;
  return withTime(calendarDate(day), [m[4], m[5], m[6]], m[7], zoneOffset);
}

/** An ordinal date: year and day of the year (1-365, or 366 in leap years). */
export function parseOrdinalDate(text: string): DateParts | undefined {
  const m = ORDINAL.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const dayOfYear = Number(m[2]);
  if (dayOfYear < 1 || dayOfYear > (isLeapYear(year) ? 366 : 365)) return IMPOSSIBLE;
  const date = calendarDate(Date.UTC(year, 0, 1) + (dayOfYear - 1) * DAY_MS);
  return withTime(date, [m[3], m[4], m[5]], m[6], zoneOffset);
}
