/** What an import yields: site settings, people with feeds, planets, and what did not map. */
import type { PersonDraft, PlanetDraft } from "../edit/index.js";

/** Site-wide settings an import found (used when it creates the config). */
export interface SiteDraft {
  title: string | null;
  link: string | null;
  description: string | null;
  owner: { name?: string; email?: string } | null;
  /** `fetch:` keys: new_feed_items, timeout, ... */
  fetch: Record<string, number>;
}

/** An import's outcome, before it is merged into a config. */
export interface ImportResult {
  site: SiteDraft;
  people: PersonDraft[];
  planets: PlanetDraft[];
  /** One line per setting that has no place in Orrery's config: "file:line: [section] key = value". */
  notImported: string[];
}

/** A site with nothing known. */
export function emptySite(): SiteDraft {
  return { title: null, link: null, description: null, owner: null, fetch: {} };
}
