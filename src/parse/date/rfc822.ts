// RFC 822 §5 / RFC 1123 §5.2.14 / RFC 2822 §3.3 dates as feeds really write them: weekday
// missing, wrong or localized; day and month joined by spaces, hyphens or dots ("13-Oct-2019",
// "13. Okt. 2019"); 2-, 3- or 4-digit years; seconds optional; any zone name, military letter or
// numeric offset, or no zone at all. https://www.rfc-editor.org/rfc/rfc2822#section-3.3
import { type DateParts, expandYear, withTime } from "./calendar.js";
import { isWeekday, monthNumber } from "./names.js";
import { zoneOffset } from "./zones.js";

const RFC822 = new RegExp(
  [
    String.raw`^(?:(\p{L}+)\.?\s*,?\s*)?`, // weekday
    String.raw`(\d{1,2})\.?(?:\s+|-|\s*\.\s*)(\p{L}+)\.?(?:\s+|-|\s*\.\s*)(\d{2,4})`, // date
    String.raw`(?:,?\s+(\d{1,2}):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?)?`, // time
    String.raw`(?:\s*((?:gmt|utc?)?[+\-\u2212]\d{1,2}(?::?\d\d)?|\p{L}{1,5}))?$`, // zone
  ].join(""),
  "iu",
);

/** "Sun, 13 Oct 2019 14:34:00 +0200" and the variants of it seen in the wild. */
export function parseRfc822(text: string): DateParts | undefined {
  const m = RFC822.exec(text);
  if (!m) return undefined;
  // The weekday is never checked against the date: feeds get it wrong far more often than
  // they get the date wrong, so it is only required to be a weekday name.
  if (m[1] !== undefined && !isWeekday(m[1])) return undefined;
  const month = monthNumber(m[3]);
  if (month === undefined) return undefined;
  const date = [expandYear(m[4]), month, Number(m[2])] as const;
  return withTime(date, [m[5], m[6], m[7]], m[8], zoneOffset);
}
