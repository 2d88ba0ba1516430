// The last resort, for dates people typed or templates invented: "October 13, 2019, 14:34 UTC",
// "Sunday, October 13th, 2019 at 2:34pm", "13. Oktober 2019 um 14:34 Uhr", asctime
// "Sun Oct 13 14:34:00 2019", JavaScript's "Sun Oct 13 2019 14:34:00 GMT+0200". It reads words
// and numbers in any order but rejects any word it does not know, so prose never becomes a date.
import { applyMeridiem, type DateParts, expandYear, withTime } from "./calendar.js";
import { isWeekday, monthNumber } from "./names.js";
import { zoneOffset } from "./zones.js";

const TIME = /(\d{1,2})[:h](\d\d)(?::(\d\d)(?:[.,]\d+)?)?(?:\s*([ap])\.?\s?m\b\.?)?/iu;
const SECOND_TIME = /\d:\d/;
const LETTER = /^\p{L}/u;
const STRAY = /[^\p{L}\d\s,.;:/\-+\u2212'’ºª]/u;
// A sign is an offset only after gmt/utc or on its own, never inside "Oct-13-2019".
const TOKEN =
  /(?:(?:gmt|utc|ut)\s*|(?<![\p{L}\d]))[+\-\u2212]\d{1,2}(?::?\d\d)?|(\d+)(?:st|nd|rd|th|er|º|ª)?|\p{L}+/gu;
const FILLER = new Set(
  (
    "at on the of um am uhr den der le à a de del el la às as om alle ore o h godz r roku " +
    "г года в kl klo klockan"
  ).split(" "),
);

interface Fields {
  year?: number;
  month?: number;
  day?: number;
  zone?: string;
  /** Words that are both a month and a weekday ("mar": March, or mardi/martes). */
  ambiguous: number[];
}

function addNumber(f: Fields, digits: string): boolean {
  if (digits.length === 4 && f.year === undefined) f.year = Number(digits);
  else if (digits.length <= 2 && f.day === undefined) f.day = Number(digits);
  else if (digits.length <= 2 && f.year === undefined) f.year = expandYear(digits);
  else return false;
  return true;
}

function addWord(f: Fields, word: string, hasTime: boolean): boolean {
  const month = monthNumber(word);
  const weekday = isWeekday(word);
  if (month !== undefined && weekday) f.ambiguous.push(month);
  else if (month !== undefined) {
    if (f.month !== undefined) return false;
    f.month = month;
  } else if (weekday || FILLER.has(word)) return true;
  else if (hasTime && f.zone === undefined && (word.length > 1 || word === "z")) {
    if (zoneOffset(word) === undefined) return false;
    f.zone = word;
  } else return false;
  return true;
}

function addOffset(f: Fields, token: string, hasTime: boolean): boolean {
  if (!hasTime || f.zone !== undefined) return false;
  f.zone = token.replace(/\s+/g, "");
  return true;
}

function addToken(f: Fields, t: RegExpMatchArray, hasTime: boolean): boolean {
  if (t[1] !== undefined) return addNumber(f, t[1]);
  if (LETTER.test(t[0])) return addWord(f, t[0], hasTime);
  return addOffset(f, t[0], hasTime);
}

function readTokens(rest: string, hasTime: boolean): Fields | undefined {
  const f: Fields = { ambiguous: [] };
  for (const t of rest.matchAll(TOKEN)) {
    if (!addToken(f, t, hasTime)) return undefined;
  }
  if (f.month === undefined && f.ambiguous.length === 1) f.month = f.ambiguous[0];
  return f;
}

/** Any order of day, month name, year, time and zone, with weekdays and filler words ignored. */
export function parseTolerant(text: string): DateParts | undefined {
  const lower = text.toLowerCase();
  const time = TIME.exec(lower);
  const rest = time
    ? `${lower.slice(0, time.index)} ${lower.slice(time.index + time[0].length)}`
    : lower;
  if (time && SECOND_TIME.test(rest)) return undefined;
  if (STRAY.test(rest)) return undefined;
  const f = readTokens(rest, time !== null);
  if (f?.year === undefined || f.month === undefined || f.day === undefined) return undefined;
  const hour = time ? applyMeridiem(Number(time[1]), time[4]) : 0;
  return withTime(
    [f.year, f.month, f.day],
    [String(hour), time?.[2], time?.[3]],
    f.zone,
    zoneOffset,
  );
}
