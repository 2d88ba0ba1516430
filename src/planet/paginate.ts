/** The pages of a river: the front page and numbered pages, monthly archives, one page per person. */
import type { PersonSpec, PlanetSpec, RiverEntry, RiverPage } from "../model.js";
import { type DayOf, daysBefore } from "./days.js";
import { groupByDay } from "./group.js";

/** How many of a person's newest entries their page shows: a portrait, not a full archive. */
export const PERSON_PAGE_ENTRIES = 50;

/**
 * The front page ("") and numbered older pages. The front page holds the last `days` calendar
 * days counted back from the newest entry's day, not from today, so a planet whose people are
 * quiet for a while does not go blank; and at most `entriesPerPage` entries. Older entries fill
 * numbered pages counted from the oldest: "page/1/" holds the oldest `entriesPerPage`, "page/2/"
 * the next, and the newest numbered page what is left. A numbered page thus keeps its entries
 * as new ones arrive (links and caches stay right), and a new entry changes two pages, not all.
 * Every entry is on exactly one page.
 */
export function riverPages(
  entries: readonly RiverEntry[],
  planet: PlanetSpec,
  day: DayOf,
): RiverPage[] {
  const perPage = Math.max(1, Math.floor(planet.entriesPerPage));
  const front = Math.min(perPage, frontWindow(entries, planet.days, day));
  const count = Math.ceil((entries.length - front) / perPage);
  // Newest first: the front page, then page `count` down to page 1.
  const pages = [{ path: "", title: planet.title, entries: entries.slice(0, front) }];
  for (let n = count; n >= 1; n--) {
    const end = entries.length - (n - 1) * perPage;
    pages.push({
      path: `page/${n}/`,
      title: `${planet.title}: ${planet.strings.page ?? "Page"} ${n}`,
      entries: entries.slice(Math.max(front, end - perPage), end),
    });
  }
  return pages.map((page, i) => ({
    path: page.path,
    title: page.title,
    days: groupByDay(page.entries, planet.timeZone, day),
    newer: pages[i - 1]?.path ?? null,
    older: pages[i + 1]?.path ?? null,
  }));
}

// How many leading entries fall within the last `days` calendar days (all when days is null).
function frontWindow(entries: readonly RiverEntry[], days: number | null, day: DayOf): number {
  const newest = entries[0];
  if (days === null || newest === undefined) return entries.length;
  const first = daysBefore(day(newest.entry.date), Math.max(1, Math.floor(days)) - 1);
  const outside = entries.findIndex((e) => day(e.entry.date) < first);
  return outside === -1 ? entries.length : outside;
}

/** One page per calendar month (in the planet's time zone) with entries, newest month first. */
export function archivePages(
  entries: readonly RiverEntry[],
  planet: PlanetSpec,
  day: DayOf,
): RiverPage[] {
  const months = new Map<string, RiverEntry[]>();
  for (const entry of entries) {
    const month = day(entry.entry.date).slice(0, 7);
    const list = months.get(month);
    if (list === undefined) months.set(month, [entry]);
    else list.push(entry);
  }
  const keys = [...months.keys()].sort().reverse();
  const path = (month: string | undefined) =>
    month === undefined ? null : `archive/${month.replace("-", "/")}/`;
  return keys.map((month, i) => ({
    path: path(month) ?? "",
    title: monthTitle(month, planet.language),
    days: groupByDay(months.get(month) ?? [], planet.timeZone, day),
    newer: path(keys[i - 1]),
    older: path(keys[i + 1]),
  }));
}

/** One page per person with entries on this planet ("people/<id>/"), in the order of `people`. */
export function personPages(
  entries: readonly RiverEntry[],
  people: readonly PersonSpec[],
  planet: PlanetSpec,
  day: DayOf,
): RiverPage[] {
  const byPerson = new Map<string, RiverEntry[]>();
  for (const entry of entries) {
    const list = byPerson.get(entry.person.id) ?? [];
    if (list.length === 0) byPerson.set(entry.person.id, list);
    if (list.length < PERSON_PAGE_ENTRIES) list.push(entry);
  }
  return people.flatMap((person) => {
    const list = byPerson.get(person.id);
    if (list === undefined) return [];
    const days = groupByDay(list, planet.timeZone, day);
    return [{ path: `people/${person.id}/`, title: person.name, days, newer: null, older: null }];
  });
}

// "October 2019" in the planet's language; the renderer may word it its own way from the path.
function monthTitle(month: string, language: string): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  const options: Intl.DateTimeFormatOptions = { year: "numeric", month: "long", timeZone: "UTC" };
  try {
    return new Intl.DateTimeFormat(language, options).format(date);
  } catch {
    return new Intl.DateTimeFormat("en", options).format(date);
  }
}
