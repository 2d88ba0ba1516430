/** One planet's river, from stored entries to pages: select, dedupe, order, group, paginate. */
import type { PlanetPlan, RiverEntry } from "../model.js";
import { type DayOf, dayOf } from "./days.js";
import { dedupeEntries } from "./dedupe.js";
import { newestFirst } from "./order.js";
import { archivePages, personPages, riverPages } from "./paginate.js";
import { type SelectedEntry, selectEntries } from "./select.js";
import type { PlanetInput } from "./types.js";

/** Selects, deduplicates, orders, groups and paginates one planet's river. Pure. */
export function planPlanet(input: PlanetInput): PlanetPlan {
  const { planet } = input;
  const selected = newestFirst(dedupeEntries(selectEntries(input)));
  const entries = selected.map(toRiverEntry);
  const day = memoize(dayOf(planet.timeZone));
  return {
    planet,
    entries,
    pages: riverPages(entries, planet, day),
    archives: archivePages(entries, planet, day),
    people: personPages(entries, input.people, planet, day),
  };
}

function toRiverEntry(item: SelectedEntry): RiverEntry {
  return {
    entry: item.entry,
    person: item.person,
    subscription: item.subscription,
    feedTitle: item.subscription.title,
    language: item.language,
  };
}

// Each entry's day is asked for by the front page, its archive month and its person page.
function memoize(day: DayOf): DayOf {
  const days = new Map<string, string>();
  return (date) => {
    let found = days.get(date);
    if (found === undefined) {
      found = day(date);
      days.set(date, found);
    }
    return found;
  };
}
