/** Calendar days in a planet's time zone, for day headings, the front-page window and archives. */

/** Maps a "YYYY-MM-DDTHH:MM:SSZ" date to its "YYYY-MM-DD" day in one time zone. */
export type DayOf = (date: string) => string;

/**
 * The day function of `timeZone` (IANA name). An unknown zone falls back to UTC: the config
 * stage reports it, and a build should still come out.
 */
export function dayOf(timeZone: string): DayOf {
  const format = formatterFor(timeZone);
  if (format === null) return (date) => date.slice(0, 10);
  // Each entry's day is asked for by its river page, its month and its person page; Intl is slow.
  const days = new Map<string, string>();
  return (date) => {
    let found = days.get(date);
    if (found === undefined) {
      found = zonedDay(format, date);
      days.set(date, found);
    }
    return found;
  };
}

function zonedDay(format: Intl.DateTimeFormat, date: string): string {
  const time = Date.parse(date);
  if (Number.isNaN(time)) return date.slice(0, 10);
  let year = "";
  let month = "";
  let day = "";
  for (const part of format.formatToParts(time)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year.padStart(4, "0")}-${month}-${day}`;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  if (timeZone === "" || timeZone.toUpperCase() === "UTC") return null;
  try {
    return new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      calendar: "gregory",
      numberingSystem: "latn",
    });
  } catch {
    return null;
  }
}

/** The day `count` days before `day` ("YYYY-MM-DD"), in the proleptic Gregorian calendar. */
export function daysBefore(day: string, count: number): string {
  const time = Date.parse(`${day}T00:00:00Z`) - count * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
