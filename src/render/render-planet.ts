/** One planet, rendered: every page, feed and asset, as files relative to the planet's folder. */
import type { EntryBody, PersonSpec, RiverEntry, SiteFile } from "../model.js";
import { type FeedHead, renderAtom } from "./atom.js";
import { chromeView } from "./chrome.js";
import { dateFormats } from "./dates.js";
import { compileTheme, type PageTemplate, type ThemeEngine, templateError } from "./engine.js";
import { EntryViews, inReuseOrder } from "./entry-views.js";
import { FEED_ENTRIES, feedItems } from "./feed-items.js";
import { contextKey, pageKey } from "./file-keys.js";
import { healthRows, renderHealthJson } from "./health.js";
import type { RenderInput, Theme } from "./input.js";
import { renderJsonFeed } from "./json-feed.js";
import { renderOpml } from "./opml.js";
import {
  archiveIndexFile,
  healthPageFile,
  monthPageFile,
  type PageKind,
  type PageKit,
  peopleIndexFile,
  personIdOf,
  riverPageFile,
} from "./pages.js";
import { absoluteUrl, locate } from "./paths.js";
import { feedTitleOf } from "./river-view.js";
import { renderRss } from "./rss.js";
import { themeStrings } from "./strings.js";

/** What a file shows of an entry's body, looked up by the caller who loaded it. */
export type BodyOf = (entry: RiverEntry) => EntryBody;

/** A made file's content, or why its template failed. */
export type MadeFile = { ok: true; content: string | Uint8Array } | { ok: false; error: string };

/** One file of a planet's site, described before it is made, so a build makes one at a time. */
export interface FileJob {
  /** Relative to the planet's folder. */
  path: string;
  /**
   * Hash of everything the file is made from: equal keys make equal files. null for files made
   * on every build (the front page and health show the build time and fetch health).
   */
  key: string | null;
  /** The entries whose bodies `make` asks `bodyOf` for... */
  entries: readonly RiverEntry[];
  /** ...as the river shows them, or their full content (the syndication feeds). */
  body: "river" | "full";
  /** Makes the file; `views` shares entry views with the other files this build makes. */
  make(bodyOf: BodyOf, views: EntryViews): MadeFile;
}

// A theme is compiled once and reused by every planet and every page rendered with it.
const engines = new WeakMap<Theme, ThemeEngine>();

/** Every file of one planet, in the order a build makes them. Pure. */
export function planetFiles(input: RenderInput, theme: Theme): FileJob[] {
  const { plan } = input;
  // The input's people win over the copies inside entries: their avatars are site paths.
  const everyone = [...plan.entries.map((e) => e.person), ...input.people];
  const people = new Map<string, PersonSpec>(everyone.map((p) => [p.id, p]));
  const kit = pageKit(input, theme);
  const context = contextKey(input, theme, [...kit.river.peopleWithPages]);
  const river = (kind: PageKind) => (page: (typeof plan.pages)[number], i: number) => {
    const person = kind === "person" ? (people.get(personIdOf(page.path) ?? "") ?? null) : null;
    const front = kind === "page" && i === 0;
    const make = (bodyOf: BodyOf, views: EntryViews) =>
      riverPageFile(kit, page, front ? "front" : kind, person, bodyOf, views).content;
    return fileJob(`${page.path}index.html`, "river", make, {
      key: front ? null : pageKey(context, page, kind, person?.id ?? ""),
      entries: page.days.flatMap((d) => d.runs.flatMap((r) => r.entries)),
    });
  };
  // A month lists its entries without their bodies: its job names none to load.
  const month = (page: (typeof plan.archives)[number]) =>
    fileJob(`${page.path}index.html`, "month", () => monthPageFile(kit, page).content, {
      key: pageKey(context, page, "archive", ""),
    });
  const rows = healthRows(input.subscriptions, input.feeds, input.people, kit.dates);
  return [
    ...plan.pages.map(river("page")),
    ...plan.archives.map(month),
    fileJob("archive/index.html", "archives", () => archiveIndexFile(kit, plan.archives).content),
    ...plan.people.map(river("person")),
    fileJob("people/index.html", "people", () => {
      return peopleIndexFile(kit, plan.people, [...people.values()]).content;
    }),
    fileJob("health.html", "health", () => healthPageFile(kit, rows).content),
    fileJob("health.json", null, () => renderHealthJson(plan.planet, input.generatedAt, rows)),
    ...feedFiles(input),
    ...theme.assets.map((asset) => fileJob(asset.path, null, () => asset.content)),
  ];
}

/** Makes every file of one planet at once, with every body at hand (small planets, tests). */
export function renderPlanet(
  input: RenderInput,
  theme: Theme,
  bodies: { river: BodyOf; full: BodyOf },
): { ok: true; files: SiteFile[] } | { ok: false; error: string } {
  const files: SiteFile[] = [];
  const jobs = planetFiles(input, theme);
  const views = new EntryViews(jobs);
  for (const job of inReuseOrder(jobs)) {
    const made = job.make(job.body === "full" ? bodies.full : bodies.river, views);
    if (!made.ok) return made;
    files.push({ path: job.path, content: made.content });
  }
  return { ok: true, files };
}

/** A job whose template errors come back as values naming the template and the file. */
function fileJob(
  path: string,
  template: PageTemplate | null,
  make: (bodyOf: BodyOf, views: EntryViews) => string | Uint8Array,
  options: { key?: string | null; entries?: readonly RiverEntry[]; body?: "river" | "full" } = {},
): FileJob {
  return {
    path,
    key: options.key ?? null,
    entries: options.entries ?? [],
    body: options.body ?? "river",
    make(bodyOf, views) {
      try {
        return { ok: true, content: make(bodyOf, views) };
      } catch (error) {
        const reason = template === null ? describe(error) : templateError(template, error).message;
        return { ok: false, error: `${reason} (while making ${path})` };
      }
    },
  };
}

/** What every page of this render shares: the engine, words, date formats, entry views. */
function pageKit(input: RenderInput, theme: Theme): PageKit {
  const { planet: spec } = input.plan;
  const dates = dateFormats(spec.language, spec.timeZone);
  const engine = engineFor(theme);
  const strings = themeStrings(spec.strings);
  const { planet, site } = chromeView(input, locate("", spec.path), strings, dates);
  const feeds = new Map(input.feeds.map((f) => [f.url, f]));
  const peopleWithPages = new Set(input.plan.people.map((p) => personIdOf(p.path) ?? ""));
  return {
    input,
    engine,
    strings,
    dates,
    river: {
      dates,
      feeds,
      peopleWithPages,
      renderEntry: (entry) => engine.render("entry", { entry, strings, planet, site }),
    },
    month: { dates, peopleWithPages, feedTitle: (river) => feedTitleOf(river, feeds) },
  };
}

function feedFiles(input: RenderInput): FileJob[] {
  const { planet } = input.plan;
  const newest = input.plan.entries.slice(0, FEED_ENTRIES);
  const head = (self: string): FeedHead => ({
    title: planet.title,
    description: planet.description,
    link: absoluteUrl(planet.link, ""),
    self: absoluteUrl(planet.link, self),
    language: planet.language,
    generatedAt: input.generatedAt,
    owner: input.site.owner,
  });
  const feed = (
    path: string,
    render: (head: FeedHead, items: ReturnType<typeof feedItems>) => string,
  ) =>
    fileJob(path, null, (bodyOf) => render(head(path), feedItems(newest, input.feeds, bodyOf)), {
      entries: newest,
      body: "full",
    });
  return [
    feed("atom.xml", renderAtom),
    feed("rss.xml", renderRss),
    feed("feed.json", renderJsonFeed),
    fileJob("opml.xml", null, () =>
      renderOpml(
        { title: planet.title, owner: input.site.owner },
        input.subscriptions,
        input.people,
        input.feeds,
      ),
    ),
  ];
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function engineFor(theme: Theme): ThemeEngine {
  let engine = engines.get(theme);
  if (engine === undefined) {
    const compiled = compileTheme(theme);
    // loadTheme compiles before handing a theme out, so failing here is a bug, not input.
    if (!compiled.ok) throw new Error(compiled.error);
    engine = compiled.engine;
    engines.set(theme, engine);
  }
  return engine;
}
