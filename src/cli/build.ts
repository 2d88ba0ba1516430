/**
 * `orrery build`, the orchestration: stored entry metadata → each planet's plan → its files, made
 * one at a time (bodies read only for files that must be made again) → one atomic publish.
 */
import type {
  PersonSpec,
  PlanetEntry,
  PlanetSpec,
  SiteConfig,
  SiteFile,
  StoredFeed,
  SubscriptionSpec,
} from "../model.js";
import { planPlanet, siteExcerptWords, textNeeds } from "../planet/index.js";
import { openSite, type PublishSummary, type SiteWriter } from "../publish/index.js";
import {
  EntryViews,
  type FileJob,
  inReuseOrder,
  loadTheme,
  planetFiles,
  type Theme,
} from "../render/index.js";
import type { Store } from "../store/index.js";
import { collectAvatars } from "./build-avatars.js";
import { loadBodies } from "./build-bodies.js";
import { plannedEntries } from "./build-entries.js";

type Built = { title: string; path: string; entries: number };

export type BuildResult =
  | { ok: true; summary: PublishSummary; planets: Built[] }
  | { ok: false; error: string };

/** What every planet of one build is made from. */
interface BuildContext {
  config: SiteConfig;
  store: Store;
  theme: Theme;
  entries: PlanetEntry[];
  feeds: StoredFeed[];
  people: PersonSpec[];
  /** Files of the whole site besides the planets' (avatars). */
  files: SiteFile[];
  generatedAt: string;
}

/** Renders every planet of `config` from `store` and publishes the site. */
export async function build(config: SiteConfig, store: Store, now: Date): Promise<BuildResult> {
  const themed = await loadTheme(config.theme);
  if (!themed.ok) return themed;
  try {
    return await publishPlanets(await buildContext(config, store, themed.theme, now));
  } catch (error) {
    // The store or the file system failed: the previous site is still the published one.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function buildContext(
  config: SiteConfig,
  store: Store,
  theme: Theme,
  now: Date,
): Promise<BuildContext> {
  const [feeds, avatars] = await Promise.all([store.listFeeds(), collectAvatars(config)]);
  const needs = textNeeds(config.planets, config.subscriptions);
  return {
    config,
    store,
    theme,
    entries: await plannedEntries(
      store,
      await store.listEntryMeta(),
      needs,
      siteExcerptWords(config.planets),
    ),
    feeds,
    people: avatars.people,
    files: avatars.files,
    generatedAt: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
  };
}

/** Writes every planet into a new build of the site and swaps it in, or leaves the old one. */
async function publishPlanets(context: BuildContext): Promise<BuildResult> {
  const site = await openSite(context.config.output);
  try {
    for (const file of context.files) await site.write(file.path, file.content, null);
    const built: Built[] = [];
    for (const planet of context.config.planets) {
      const made = await buildPlanet(context, planet, site);
      if (!made.ok) {
        await site.abort();
        return { ok: false, error: `${planet.title}: ${made.error}` };
      }
      built.push({ title: planet.title, path: planet.path, entries: made.entries });
    }
    const published = await site.commit();
    return published.ok ? { ok: true, summary: published.summary, planets: built } : published;
  } catch (error) {
    await site.abort();
    throw error;
  }
}

/** Plans one planet and writes its files, keeping those of the previous build that still hold. */
async function buildPlanet(
  context: BuildContext,
  planet: PlanetSpec,
  site: SiteWriter,
): Promise<{ ok: true; entries: number } | { ok: false; error: string }> {
  const { config, store } = context;
  const subscriptions = planetSubscriptions(planet, config.subscriptions);
  const urls = new Set(subscriptions.map((s) => s.url));
  const plan = planPlanet({
    planet,
    people: context.people,
    subscriptions: config.subscriptions,
    entries: context.entries,
    categoryAliases: config.categoryAliases,
  });
  const { title, link, description, owner } = config;
  const jobs = planetFiles(
    {
      site: { title, link, description, owner },
      plan,
      people: context.people,
      subscriptions,
      feeds: context.feeds.filter((f) => urls.has(f.url)),
      planets: config.planets.map((p) => ({ title: p.title, path: p.path })),
      generatedAt: context.generatedAt,
    },
    context.theme,
  );
  const toMake: FileJob[] = [];
  for (const job of jobs) {
    const kept = job.key !== null && (await site.keep(planet.path + job.path, job.key));
    if (!kept) toMake.push(job);
  }
  const views = new EntryViews(toMake);
  const keepsCuts = planet.excerptWords === siteExcerptWords(config.planets);
  for (const job of inReuseOrder(toMake)) {
    const shown = { full: job.body === "full", excerptWords: planet.excerptWords, keepsCuts };
    // Entries an earlier file showed come with their views: only the others need a body.
    const entries = job.body === "river" ? job.entries.filter((e) => !views.has(e)) : job.entries;
    const made = job.make(await loadBodies(store, entries, shown), views);
    if (!made.ok) return made;
    // A river page's bytes are made for it alone (EntryViews.assemble): they can be handed over.
    await site.write(planet.path + job.path, made.content, job.key, job.body === "river");
  }
  return { ok: true, entries: plan.entries.length };
}

/** The subscriptions a planet can show: those its people and tags criteria let through. */
export function planetSubscriptions(
  planet: PlanetSpec,
  subs: SubscriptionSpec[],
): SubscriptionSpec[] {
  const include = planet.include;
  const exclude = planet.exclude;
  return subs.filter((sub) => {
    if (include?.people.length && !include.people.includes(sub.personId)) return false;
    if (include?.tags.length && !include.tags.some((t) => sub.tags.includes(t))) return false;
    if (exclude?.people.includes(sub.personId)) return false;
    if (exclude?.tags.length && exclude.tags.some((t) => sub.tags.includes(t))) return false;
    return true;
  });
}
