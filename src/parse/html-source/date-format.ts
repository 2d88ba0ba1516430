/**
 * Date patterns for pages that write dates their own way ("Sep 132016", "Posted by X at 23:39").
 * A pattern is searched for anywhere in the text: YYYY YY MMMM MMM MM M DD D HH H mm ss are
 * fields, `*` skips any text, a space matches any run of spaces (or none), `[text]` is literal
 * text, and so is any other character.
 */
import { type DateParts, expandYear, IMPOSSIBLE, toUtcString } from "../date/calendar.js";
import { monthNumber } from "../date/names.js";
import { zoneOffsetForWallTime } from "./time-zone.js";

type Field = "year" | "month" | "day" | "hour" | "minute" | "second";

interface Token {
  text: string;
  regex: string;
  field: Field | null;
  read: (s: string) => number | undefined;
}

const number = (s: string) => Number(s);
const TOKENS: readonly Token[] = [
  { text: "YYYY", regex: "(\\d{4})", field: "year", read: number },
  { text: "YY", regex: "(\\d{2})", field: "year", read: expandYear },
  { text: "MMMM", regex: "(\\p{L}{3,})", field: "month", read: monthNumber },
  { text: "MMM", regex: "(\\p{L}{3,4})\\.?", field: "month", read: monthNumber },
  { text: "MM", regex: "(\\d{2})", field: "month", read: number },
  { text: "M", regex: "(\\d{1,2})", field: "month", read: number },
  { text: "DD", regex: "(\\d{2})", field: "day", read: number },
  { text: "D", regex: "(\\d{1,2})", field: "day", read: number },
  { text: "HH", regex: "(\\d{2})", field: "hour", read: number },
  { text: "H", regex: "(\\d{1,2})", field: "hour", read: number },
  { text: "mm", regex: "(\\d{2})", field: "minute", read: number },
  { text: "ss", regex: "(\\d{2})", field: "second", read: number },
  { text: "*", regex: "[\\s\\S]*?", field: null, read: () => undefined },
];

/** A compiled pattern: the regular expression and the field of each capture group. */
export interface DatePattern {
  regex: RegExp;
  fields: Token[];
}

/** Compiles a pattern; an error message when it names no year, month and day. */
export function compileDatePattern(pattern: string): DatePattern | { error: string } {
  let source = "";
  const fields: Token[] = [];
  for (let i = 0; i < pattern.length; ) {
    const token = TOKENS.find((t) => pattern.startsWith(t.text, i));
    const close = pattern[i] === "[" ? pattern.indexOf("]", i) : -1;
    if (close > i) {
      source += escapeRegex(pattern.slice(i + 1, close));
      i = close + 1;
    } else if (token !== undefined) {
      source += token.regex;
      if (token.field !== null) fields.push(token);
      i += token.text.length;
    } else if (/\s/.test(pattern[i])) {
      source += "\\s*";
      while (i < pattern.length && /\s/.test(pattern[i])) i++;
    } else {
      source += escapeRegex(pattern[i]);
      i++;
    }
  }
  const named = new Set(fields.map((f) => f.field));
  if (!named.has("year") || !named.has("month") || !named.has("day")) {
    return {
      error: "a date format needs a year (YYYY or YY), a month (MMM, MM, M) and a day (DD, D)",
    };
  }
  return { regex: new RegExp(source, "iu"), fields };
}

/**
 * Reads a date with a compiled pattern: UTC "YYYY-MM-DDTHH:MM:SSZ", or null. The time read is
 * the wall-clock time of `timeZone` (an IANA name), UTC when null.
 */
export function readPatternDate(
  text: string,
  pattern: DatePattern,
  timeZone: string | null = null,
): string | null {
  const match = pattern.regex.exec(text.replace(/\s+/g, " "));
  if (match === null) return null;
  const parts: DateParts = { ...IMPOSSIBLE };
  for (const [i, token] of pattern.fields.entries()) {
    const value = token.read(match[i + 1]);
    if (value === undefined || token.field === null) return null;
    parts[token.field] = value;
  }
  if (timeZone !== null) {
    const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
    parts.offsetMinutes = zoneOffsetForWallTime(wall, timeZone);
  }
  return toUtcString(parts) ?? null;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
