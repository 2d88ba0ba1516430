// All-digit dates: Unix timestamps and "2019/10/13", "13.10.2019", "10/13/2019 2:34 PM".
import { applyMeridiem, type DateParts, expandYear, IMPOSSIBLE, withTime } from "./calendar.js";
import { zoneOffset } from "./zones.js";

const NUMERIC = new RegExp(
  [
    String.raw`^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})\.?`,
    String.raw`(?:(?:,?\s+|t)(\d{1,2}):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?(?:\s*([ap])\.?m\.?)?)?`,
    String.raw`(?:\s*(z|(?:gmt|utc?)?[+\-\u2212]\d{1,2}(?::?\d\d)?|[a-z]{2,5}))?$`,
  ].join(""),
  "i",
);
// Only 10 digits (seconds, 2001-09-09 to 2286) and 13 digits (milliseconds) are taken as Unix
// time: shorter runs are more often years, serial numbers or basic-format dates.
const UNIX = /^(\d{10}|\d{13})$/;

/** A Unix timestamp in seconds or milliseconds. */
export function parseUnixTimestamp(text: string): DateParts | undefined {
  if (!UNIX.test(text)) return undefined;
  const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    offsetMinutes: 0,
  };
}

/**
 * Year, month and day from three numbers. Year first is always Y-M-D. Dots are the European
 * D.M.Y. With slashes or hyphens and the year last, the order is only known when one of the
 * first two numbers is above 12 (or both are equal); "03/04/2019" stays unread rather than
 * risk a wrong date.
 */
function orderDate(a: string, sep: string, b: string, c: string): [number, number, number] | null {
  if (a.length === 4) return c.length <= 2 ? [Number(a), Number(b), Number(c)] : null;
  if (a.length > 2 || (c.length !== 4 && !(sep === "." && c.length === 2))) return null;
  const first = Number(a);
  const second = Number(b);
  const year = expandYear(c);
  if (sep === "." || first > 12 || first === second) return [year, second, first];
  if (second > 12) return [year, first, second];
  return null;
}

/** A date written only with digits and separators, with an optional time and zone. */
export function parseNumericDate(text: string): DateParts | undefined {
  const m = NUMERIC.exec(text);
  if (!m) return undefined;
  const date = orderDate(m[1], m[2], m[3], m[4]);
  if (date === null) return IMPOSSIBLE;
  const hour = applyMeridiem(Number(m[5] ?? 0), m[8]);
  return withTime(date, [String(hour), m[6], m[7]], m[9], zoneOffset);
}
