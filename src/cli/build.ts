/** `orrery build`, the orchestration: stored entries → each planet's plan → files → one atomic publish. */
import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type { PersonSpec, PlanetSpec, SiteConfig, SiteFile, SubscriptionSpec } from "../model.js";
import { planPlanet } from "../planet/index.js";
import { type PublishSummary, publishSite } from "../publish/index.js";
import { loadTheme, renderPlanet } from "../render/index.js";
import type { Store } from "../store/index.js";

export type BuildResult =
  | {
      ok: true;
      summary: PublishSummary;
      planets: { title: string; path: string; entries: number }[];
    }
  | { ok: false; error: string };

/** Renders every planet of `config` from `store` and publishes the site. */
export async function build(config: SiteConfig, store: Store, now: Date): Promise<BuildResult> {
  const themed = await loadTheme(config.theme);
  if (!themed.ok) return themed;
  const [entries, feeds, avatars] = await Promise.all([
    store.listEntries(),
    store.listFeeds(),
    collectAvatars(config),
  ]);
  const files: SiteFile[] = [...avatars.files];
  const planets = config.planets.map((p) => ({ title: p.title, path: p.path }));
  const built: { title: string; path: string; entries: number }[] = [];
  for (const planet of config.planets) {
    const subscriptions = planetSubscriptions(planet, config.subscriptions);
    const urls = new Set(subscriptions.map((s) => s.url));
    const plan = planPlanet({
      planet,
      people: avatars.people,
      subscriptions: config.subscriptions,
      entries,
      categoryAliases: config.categoryAliases,
    });
    const rendered = renderPlanet(
      {
        site: {
          title: config.title,
          link: config.link,
          description: config.description,
          owner: config.owner,
        },
        plan,
        people: avatars.people,
        subscriptions,
        feeds: feeds.filter((f) => urls.has(f.url)),
        planets,
        generatedAt: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
      },
      themed.theme,
    );
    for (const file of rendered)
      files.push({ path: planet.path + file.path, content: file.content });
    built.push({ title: planet.title, path: planet.path, entries: plan.entries.length });
  }
  const published = await publishSite(config.output, files);
  return published.ok ? { ok: true, summary: published.summary, planets: built } : published;
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

/** Copies local avatar files into the site as avatars/<id>.<ext> and points people at them. */
async function collectAvatars(
  config: SiteConfig,
): Promise<{ people: PersonSpec[]; files: SiteFile[] }> {
  const files: SiteFile[] = [];
  const people = await Promise.all(
    config.people.map(async (person) => {
      const avatar = person.avatar;
      if (avatar === null || /^https?:\/\//i.test(avatar)) return person;
      const path = `avatars/${person.id}${extname(avatar).toLowerCase()}`;
      try {
        files.push({ path, content: await readFile(resolve(config.dir, avatar)) });
        return { ...person, avatar: path };
      } catch {
        // A missing avatar is not worth failing a build over: the header shows no picture.
        return { ...person, avatar: null };
      }
    }),
  );
  return { people, files };
}
