/** One planet's river, from stored entries to pages: select, dedupe, order, group, paginate. */
import type { PlanetPlan, RiverEntry } from "../model.js";
import { dayOf } from "./days.js";
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
  const day = dayOf(planet.timeZone);
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
