/** Wall-clock times in a named time zone ("23:39" on a blog in Paris) to UTC offsets. */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Minutes east of UTC the zone is at the instant `utcMs`. */
function offsetAt(utcMs: number, timeZone: string): number {
  const parts = formatFor(timeZone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return Math.round((wall - utcMs) / 60_000);
}

/**
 * The zone's offset for a wall-clock time written as if it were UTC: guessed at that instant,
 * then checked once more, which settles every time but the hour a clock skips or repeats.
 */
export function zoneOffsetForWallTime(wallAsUtcMs: number, timeZone: string): number {
  const guess = offsetAt(wallAsUtcMs, timeZone);
  return offsetAt(wallAsUtcMs - guess * 60_000, timeZone);
}
