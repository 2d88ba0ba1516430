/**
 * A monthly archive as templates see it: an index of the month's entries by day (time, title,
 * author), without their bodies. The numbered pages are where the river is read back in time; a
 * month page is where a post is found, and stays light however busy the month was.
 */
import type { DayGroup, RiverEntry } from "../model.js";
import type { DateFormats } from "./dates.js";
import { type PageLocation, planetUrl } from "./paths.js";
import { entryAnchor, languageTag } from "./river-view.js";
import { safeHref } from "./safe-url.js";

/** One entry of a month's index. Every field is plain text, escaped on output. */
export interface MonthEntryView {
  id: string;
  title: string | null;
  link: string | null;
  datetime: string;
  time: string;
  lang: string | null;
  author: { name: string; url: string | null };
  feed_title: string;
}

export interface MonthDayView {
  date: string;
  heading: string;
  entries: MonthEntryView[];
}

/** What month views are built from, shared by every page of one planet. */
export interface MonthContext {
  dates: DateFormats;
  /** Ids of the people who have a page in this planet. */
  peopleWithPages: Set<string>;
  feedTitle: (river: RiverEntry) => string;
}

/** The days of a monthly archive page, seen from the page at `at`. */
export function monthDayViews(
  days: readonly DayGroup[],
  at: PageLocation,
  ctx: MonthContext,
): MonthDayView[] {
  const authorUrl = (id: string) =>
    ctx.peopleWithPages.has(id) ? planetUrl(at, `people/${id}/`) : null;
  return days.map((day) => ({
    date: day.day,
    heading: ctx.dates.day(day.day),
    entries: day.runs.flatMap((run) =>
      run.entries.map((river) => {
        const { entry } = river;
        return {
          id: entryAnchor(entry),
          title: entry.title?.trim() ? entry.title : null,
          link: safeHref(entry.link),
          datetime: entry.date,
          time: ctx.dates.time(entry.date),
          lang: languageTag(river.language),
          author: { name: run.person.name, url: authorUrl(run.person.id) },
          feed_title: ctx.feedTitle(river),
        };
      }),
    ),
  }));
}
