/** One planet, rendered: every page, feed and asset, as files relative to the planet's folder. */
import type { PersonSpec, SiteFile } from "../model.js";
import { type FeedHead, renderAtom } from "./atom.js";
import { chromeView } from "./chrome.js";
import { dateFormats } from "./dates.js";
import { compileTheme, type ThemeEngine } from "./engine.js";
import { feedItems } from "./feed-items.js";
import { healthRows, renderHealthJson } from "./health.js";
import type { RenderInput, Theme } from "./input.js";
import { renderJsonFeed } from "./json-feed.js";
import { renderOpml } from "./opml.js";
import {
  archiveIndexFile,
  healthPageFile,
  type PageKit,
  peopleIndexFile,
  personIdOf,
  riverPageFile,
} from "./pages.js";
import { absoluteUrl, locate } from "./paths.js";
import { renderRss } from "./rss.js";
import { themeStrings } from "./strings.js";

// A theme is compiled once and reused by every planet and every page rendered with it.
const engines = new WeakMap<Theme, ThemeEngine>();

/** Renders one planet into files whose paths are relative to the planet's folder. Pure. */
export function renderPlanet(input: RenderInput, theme: Theme): SiteFile[] {
  const { plan } = input;
  // The input's people win over the copies inside entries: their avatars are site paths.
  const everyone = [...plan.entries.map((e) => e.person), ...input.people];
  const people = new Map<string, PersonSpec>(everyone.map((p) => [p.id, p]));
  const kit = pageKit(input, theme);
  const dates = kit.dates;
  const files: SiteFile[] = [];
  plan.pages.forEach((page, i) => {
    files.push(riverPageFile(kit, page, i === 0 ? "front" : "page", null));
  });
  for (const page of plan.archives) files.push(riverPageFile(kit, page, "archive", null));
  files.push(archiveIndexFile(kit, plan.archives));
  for (const page of plan.people) {
    const person = people.get(personIdOf(page.path) ?? "") ?? null;
    files.push(riverPageFile(kit, page, "person", person));
  }
  files.push(peopleIndexFile(kit, plan.people, [...people.values()]));
  const rows = healthRows(input.subscriptions, input.feeds, input.people, dates);
  files.push(healthPageFile(kit, rows));
  files.push({
    path: "health.json",
    content: renderHealthJson(plan.planet, input.generatedAt, rows),
  });
  files.push(...feedFiles(input));
  files.push(...theme.assets);
  return files;
}

/** What every page of this render shares: the engine, words, date formats, entry views. */
function pageKit(input: RenderInput, theme: Theme): PageKit {
  const { planet: spec } = input.plan;
  const dates = dateFormats(spec.language, spec.timeZone);
  const engine = engineFor(theme);
  const strings = themeStrings(spec.strings);
  const { planet, site } = chromeView(input, locate("", spec.path), strings, dates);
  return {
    input,
    engine,
    strings,
    dates,
    river: {
      dates,
      feeds: new Map(input.feeds.map((f) => [f.url, f])),
      peopleWithPages: new Set(input.plan.people.map((p) => personIdOf(p.path) ?? "")),
      entryCache: new Map(),
      renderEntry: (entry) => engine.render("entry", { entry, strings, planet, site }),
    },
  };
}

function feedFiles(input: RenderInput): SiteFile[] {
  const { planet } = input.plan;
  const items = feedItems(input.plan.entries, input.feeds);
  const head = (self: string): FeedHead => ({
    title: planet.title,
    description: planet.description,
    link: absoluteUrl(planet.link, ""),
    self: absoluteUrl(planet.link, self),
    language: planet.language,
    generatedAt: input.generatedAt,
    owner: input.site.owner,
  });
  return [
    { path: "atom.xml", content: renderAtom(head("atom.xml"), items) },
    { path: "rss.xml", content: renderRss(head("rss.xml"), items) },
    { path: "feed.json", content: renderJsonFeed(head("feed.json"), items) },
    {
      path: "opml.xml",
      content: renderOpml(
        { title: planet.title, owner: input.site.owner },
        input.subscriptions,
        input.people,
        input.feeds,
      ),
    },
  ];
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
