/** Dates as readers see them: in the planet's language and time zone, via Intl. */

/** Formatters for one planet's language and time zone. */
export interface DateFormats {
  /** "2019-10-13" → "October 13, 2019" (the day is already in the planet's zone). */
  day(ymd: string): string;
  /** "2019-10-13T14:34:00Z" → "October 13, 2019, 14:34 UTC" in the planet's zone. */
  time(iso: string): string;
  /** "2019-10" → "October 2019". */
  month(ym: string): string;
}

// Building an Intl formatter is slow next to using one; a planet reuses the same few.
const cache = new Map<string, DateFormats>();

/** Formatters for `language` and `timeZone`, falling back to "en" / "UTC" when Intl rejects them. */
export function dateFormats(language: string, timeZone: string): DateFormats {
  const key = `${language}\u0000${timeZone}`;
  let formats = cache.get(key);
  if (formats === undefined) {
    formats = buildFormats(supportedLocale(language), supportedZone(timeZone));
    cache.set(key, formats);
  }
  return formats;
}

function buildFormats(locale: string, timeZone: string): DateFormats {
  const calendarDay = new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "long" });
  const zonedDay = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "long" });
  const clock = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  });
  const month = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    month: "long",
    year: "numeric",
  });
  // An entry's time shows on its river page and in its month's list: formatted once. In UTC
  // the day part depends on the date alone, which many entries share.
  const times = new Map<string, string>();
  const days = new Map<string, string>();
  const dayPart = (iso: string, date: Date): string => {
    if (timeZone !== "UTC" || !/^\d{4}-\d\d-\d\dT/.test(iso)) return zonedDay.format(date);
    const ymd = iso.slice(0, 10);
    let shown = days.get(ymd);
    if (shown === undefined) {
      shown = zonedDay.format(date);
      days.set(ymd, shown);
    }
    return shown;
  };
  return {
    day: (ymd) => formatOr(calendarDay, utcNoon(ymd), ymd),
    time: (iso) => {
      let shown = times.get(iso);
      if (shown === undefined) {
        const date = new Date(iso);
        shown = Number.isNaN(date.getTime()) ? iso : `${dayPart(iso, date)}, ${clock.format(date)}`;
        times.set(iso, shown);
      }
      return shown;
    },
    month: (ym) => formatOr(month, utcNoon(`${ym}-15`), ym),
  };
}

/** Noon UTC of a calendar day, so formatting it in UTC can never slip to a neighbour day. */
function utcNoon(ymd: string): Date {
  return new Date(`${ymd}T12:00:00Z`);
}

function formatOr(format: Intl.DateTimeFormat, date: Date, fallback: string): string {
  return Number.isNaN(date.getTime()) ? fallback : format.format(date);
}

function supportedLocale(language: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0 ? language : "en";
  } catch {
    return "en";
  }
}

function supportedZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}
