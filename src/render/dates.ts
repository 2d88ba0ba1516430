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
  // In UTC an entry's time is its day and its clock, each shared by many entries: "2019-10-13"
  // and "14:34" are formatted once (a big planet has 100,000 distinct times, 1,440 clocks).
  // In other zones an offset can change within a day: each time is formatted whole, once (it
  // shows on its river page and in its month's list).
  const zoned = new Map<string, string>();
  const utc = timeZone === "UTC";
  const part = (cache: Map<string, string>, key: string, format: () => string): string => {
    let shown = cache.get(key);
    if (shown === undefined) {
      shown = format();
      cache.set(key, shown);
    }
    return shown;
  };
  const days = new Map<string, string>();
  const clocks = new Map<string, string>();
  return {
    day: (ymd) => formatOr(calendarDay, utcNoon(ymd), ymd),
    time: (iso) => {
      if (utc && UTC_MINUTE.test(iso)) {
        // "" for a day that does not exist (February 31st): the time is then shown as given.
        const day = part(days, iso.slice(0, 10), () => formatOr(zonedDay, new Date(iso), ""));
        const minute = iso.slice(11, 16);
        if (day !== "") return `${day}, ${part(clocks, minute, () => clock.format(new Date(iso)))}`;
      }
      return part(zoned, iso, () => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime())
          ? iso
          : `${zonedDay.format(date)}, ${clock.format(date)}`;
      });
    },
    month: (ym) => formatOr(month, utcNoon(`${ym}-15`), ym),
  };
}

// A UTC time as the store keeps it: its first 10 characters are its day, 11-16 its clock.
const UTC_MINUTE =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?Z$/;

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
