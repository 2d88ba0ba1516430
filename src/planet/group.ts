/** The river's two levels: a heading per calendar day, an author header per run of posts. */
import type { AuthorRun, DayGroup, RiverEntry } from "../model.js";
import { type DayOf, dayOf } from "./days.js";

/**
 * Groups entries (already in river order) by calendar day in `timeZone` (default UTC), and
 * within a day into runs of consecutive entries by one person: the reference planet prints one
 * author header over two posts in a row by the same person, and a new one after anybody else
 * or a new day. Pure.
 */
export function groupByDay(
  entries: readonly RiverEntry[],
  timeZone = "UTC",
  day: DayOf = dayOf(timeZone),
): DayGroup[] {
  const days: DayGroup[] = [];
  let group: DayGroup | undefined;
  let run: AuthorRun | undefined;
  for (const entry of entries) {
    const key = day(entry.entry.date);
    if (group?.day !== key) {
      group = { day: key, runs: [] };
      days.push(group);
      run = undefined;
    }
    if (run?.person.id !== entry.person.id) {
      run = { person: entry.person, entries: [] };
      group.runs.push(run);
    }
    run.entries.push(entry);
  }
  return days;
}
