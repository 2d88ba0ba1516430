// Feed dates come in every shape; each shape is one small parser, tried in order, most common
// first (feedparser's registry design: https://feedparser.readthedocs.io/en/latest/date-parsing.html).
// The first parser that recognises the shape decides: if its values are impossible ("2019-13-45",
// "32 Oct 2019") the date is null, because a wrong date is worse than none.
import { type DateParts, toUtcString } from "./calendar.js";
import { parseIsoWeek, parseOrdinalDate } from "./iso-week.js";
import { parseNumericDate, parseUnixTimestamp } from "./numeric.js";
import { parseRfc822 } from "./rfc822.js";
import { parseTolerant } from "./tolerant.js";
import { parseIsoBasic, parseW3cdtf } from "./w3cdtf.js";

/** One date format: the parts it read, or undefined when the text is not in its format. */
export type DateParser = (text: string) => DateParts | undefined;

const PARSERS: readonly DateParser[] = [
  parseW3cdtf,
  parseRfc822,
  parseUnixTimestamp,
  parseIsoBasic,
  parseIsoWeek,
  parseOrdinalDate,
  parseNumericDate,
  parseTolerant,
];

// Longer than any real date plus a zone comment; beyond it the text is prose, not a date.
const MAX_LENGTH = 120;
// A trailing comment, as in RFC 2822's "+0200 (CEST)" and JavaScript's "(Central European Time)".
const COMMENT = /\s*\([^()]*\)\s*$/;

/** Parses a feed date in any format seen in the wild; UTC "YYYY-MM-DDTHH:MM:SSZ" or null. */
export function parseDate(text: string): string | null {
  let s = text.trim();
  if (s.length === 0 || s.length > MAX_LENGTH) return null;
  if (s.endsWith(")")) s = s.replace(COMMENT, "");
  for (const parse of PARSERS) {
    const parts = parse(s);
    if (parts !== undefined) return toUtcString(parts) ?? null;
  }
  return null;
}
