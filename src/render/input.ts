/** What the renderer is given and what a theme is. */
import type { PersonSpec, PlanetPlan, SiteFile, StoredFeed, SubscriptionSpec } from "../model.js";

/** A theme in memory: Liquid templates by file name ("river.liquid") and static assets. */
export interface Theme {
  templates: Record<string, string>;
  /** Files copied into each planet, paths relative to the planet's folder ("theme/style.css"). */
  assets: SiteFile[];
}

/** Everything one planet's pages and feeds are made from. */
export interface RenderInput {
  site: {
    title: string;
    link: string;
    description: string | null;
    owner: { name: string | null; email: string | null };
  };
  plan: PlanetPlan;
  /** Avatars: absolute URL or a path relative to the site root ("avatars/x.png"). */
  people: PersonSpec[];
  /** This planet's subscriptions (OPML, health). */
  subscriptions: SubscriptionSpec[];
  /** Their health. */
  feeds: StoredFeed[];
  /** All planets of the site, for cross-links. */
  planets: { title: string; path: string }[];
  /** "YYYY-MM-DDTHH:MM:SSZ". */
  generatedAt: string;
}
