/** The HTML pages of a planet: river pages, monthly archives, archive and people indexes, health. */
import type { EntryBody, PersonSpec, RiverEntry, RiverPage, SiteFile } from "../model.js";
import { chromeView } from "./chrome.js";
import type { DateFormats } from "./dates.js";
import type { PageTemplate, ThemeEngine } from "./engine.js";
import type { EntryViews } from "./entry-views.js";
import type { HealthRow } from "./health.js";
import type { RenderInput } from "./input.js";
import { type MonthContext, monthDayViews } from "./month-view.js";
import { locate, type PageLocation, planetUrl } from "./paths.js";
import { authorView, dayViews, type RiverContext } from "./river-view.js";

/** What every page of one planet is rendered with. */
export interface PageKit {
  input: RenderInput;
  engine: ThemeEngine;
  strings: Record<string, string>;
  dates: DateFormats;
  /** The river context without what each file brings: its bodies, the shared entry views. */
  river: Omit<RiverContext, "bodyOf" | "views">;
  month: MonthContext;
}

export type PageKind = "front" | "page" | "person";

/** One river page (front, numbered, person) as index.html in its folder. */
export function riverPageFile(
  kit: PageKit,
  page: RiverPage,
  kind: PageKind,
  person: PersonSpec | null,
  bodyOf: (entry: RiverEntry) => EntryBody,
  views: EntryViews,
): SiteFile {
  const at = locate(page.path, kit.input.plan.planet.path);
  const river: RiverContext = { ...kit.river, bodyOf, views };
  const html = renderPage(kit, "river", at, {
    page: {
      title: page.title,
      kind,
      path: page.path,
      newer: page.newer === null ? null : planetUrl(at, page.newer),
      older: page.older === null ? null : planetUrl(at, page.older),
    },
    days: dayViews(page.days, at, river),
    person: person === null ? null : authorView(person, at, kit.river.peopleWithPages),
  });
  return { path: `${at.dir}index.html`, content: views.assemble(html) };
}

/** A monthly archive (archive/YYYY/MM/): the month's entries by day, without bodies. */
export function monthPageFile(kit: PageKit, page: RiverPage): SiteFile {
  const at = locate(page.path, kit.input.plan.planet.path);
  return render(kit, "month", at, {
    page: {
      title: page.title,
      kind: "archive",
      path: page.path,
      newer: page.newer === null ? null : planetUrl(at, page.newer),
      older: page.older === null ? null : planetUrl(at, page.older),
    },
    days: monthDayViews(page.days, at, kit.month),
  });
}

/** archive/index.html: the months with entries, grouped by year, newest first. */
export function archiveIndexFile(kit: PageKit, archives: RiverPage[]): SiteFile {
  const at = locate("archive/", kit.input.plan.planet.path);
  const years: { year: string; months: { title: string; url: string; count: number }[] }[] = [];
  for (const page of archives) {
    const match = /archive\/(\d{4})\/(\d{2})\/$/.exec(page.path);
    const year = match?.[1] ?? "";
    const month = {
      title: match === null ? page.title : kit.dates.month(`${match[1]}-${match[2]}`),
      url: planetUrl(at, page.path),
      count: countEntries(page),
    };
    const last = years[years.length - 1];
    if (last?.year === year) last.months.push(month);
    else years.push({ year, months: [month] });
  }
  return render(kit, "archives", at, {
    page: pageInfo(kit.strings.archives, "archives", at),
    years,
  });
}

/** people/index.html: everyone with entries in this planet. */
export function peopleIndexFile(kit: PageKit, pages: RiverPage[], people: PersonSpec[]): SiteFile {
  const at = locate("people/", kit.input.plan.planet.path);
  const byId = new Map(people.map((p) => [p.id, p]));
  const list = pages.flatMap((page) => {
    const person = byId.get(personIdOf(page.path) ?? "");
    if (person === undefined) return [];
    return [{ ...authorView(person, at, kit.river.peopleWithPages), count: countEntries(page) }];
  });
  list.sort((a, b) => a.name.localeCompare(b.name));
  return render(kit, "people", at, {
    page: pageInfo(kit.strings.people, "people", at),
    people: list,
  });
}

/** health.html: every feed, failing first. */
export function healthPageFile(kit: PageKit, rows: HealthRow[]): SiteFile {
  const at = locate("", kit.input.plan.planet.path);
  const page = { ...pageInfo(kit.strings.health, "health", at), path: "health.html" };
  const failing = rows.filter((r) => r.status === "failing" || r.status === "gone").length;
  return {
    path: "health.html",
    content: renderPage(kit, "health", at, { page, feeds: rows, failing }),
  };
}

/** The person id in a "people/<id>/" path. */
export function personIdOf(path: string): string | null {
  return /^people\/([^/]+)\/$/.exec(path)?.[1] ?? null;
}

function pageInfo(title: string, kind: string, at: PageLocation) {
  return { title, kind, path: at.dir, newer: null, older: null };
}

function countEntries(page: RiverPage): number {
  let count = 0;
  for (const day of page.days) for (const run of day.runs) count += run.entries.length;
  return count;
}

function render(kit: PageKit, template: PageTemplate, at: PageLocation, scope: object): SiteFile {
  return { path: `${at.dir}index.html`, content: renderPage(kit, template, at, scope) };
}

function renderPage(kit: PageKit, template: PageTemplate, at: PageLocation, scope: object): string {
  const chrome = chromeView(kit.input, at, kit.strings, kit.dates);
  return kit.engine.render(template, { ...chrome, ...scope });
}
