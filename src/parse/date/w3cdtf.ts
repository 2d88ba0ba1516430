// RFC 3339 and W3CDTF (https://www.w3.org/TR/NOTE-datetime), with what feeds add: partial dates
// (feedparser reads "2019" as 2019-01-01), a space instead of "T", lowercase "t"/"z", missing
// seconds, fractional seconds of any length, and "UTC"/"GMT" written in place of "Z".
import { type DateParts, dateOnly, withTime } from "./calendar.js";
import { zoneOffset } from "./zones.js";

const TIME = String.raw`(\d\d)(?::(\d\d)(?::(\d\d)(?:[.,]\d+)?)?)?`;
const ZONE = String.raw`(z|utc|gmt|[+\-\u2212]\d\d(?::?\d\d)?)`;
const W3CDTF = new RegExp(
  String.raw`^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:(?:t|\s+)${TIME}\s*${ZONE}?)?)?)?$`,
  "i",
);
const BASIC = new RegExp(
  String.raw`^(\d{4})(\d\d)(\d\d)(?:t?(\d\d)(\d\d)(?:(\d\d)(?:[.,]\d+)?)?\s*${ZONE}?)?$`,
  "i",
);

/** "2019", "2019-10", "2019-10-13", "2019-10-13T14:34:00.5+02:00" and their relaxed forms. */
export function parseW3cdtf(text: string): DateParts | undefined {
  const m = W3CDTF.exec(text);
  if (!m) return undefined;
  const date = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)] as const;
  if (m[4] === undefined) return dateOnly(...date);
  return withTime(date, [m[4], m[5], m[6]], m[7], zoneOffset);
}

/** ISO 8601 basic format: "20191013", "20191013T1434Z", "20191013T143400+0200". */
export function parseIsoBasic(text: string): DateParts | undefined {
  const m = BASIC.exec(text);
  if (!m) return undefined;
  const date = [Number(m[1]), Number(m[2]), Number(m[3])] as const;
  if (m[4] === undefined) return dateOnly(...date);
  return withTime(date, [m[4], m[5], m[6]], m[7], zoneOffset);
}
