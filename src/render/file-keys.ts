/**
 * Keys of rendered files: a hash of everything a page is made from, so a build can keep a page
 * of the previous build whose key is unchanged instead of rendering it again.
 */
import { createHash, type Hash } from "node:crypto";
import type { RiverPage } from "../model.js";
import type { RenderInput, Theme } from "./input.js";

/**
 * Part of every key. Raise it whenever a change to the render code changes what a page looks
 * like for the same input, so sites built by the previous version are rendered afresh.
 */
export const RENDER_FORMAT = 2;

/**
 * What every page of a planet depends on besides its own entries: the theme's templates, the
 * site, the planet, everyone's names and links, who has a page, each feed's display names.
 * Fetch health and the build time are left out: only pages rendered on every build show them.
 */
export function contextKey(input: RenderInput, theme: Theme, peopleWithPages: string[]): string {
  const feeds = input.feeds.map((f) => [f.url, f.title, f.siteLink]);
  const subscriptions = input.subscriptions.map((s) => [s.url, s.personId, s.title]);
  return digest((hash) => {
    hash.update(JSON.stringify([RENDER_FORMAT, theme.templates]));
    hash.update(JSON.stringify([input.site, input.plan.planet, input.people, input.planets]));
    hash.update(JSON.stringify([peopleWithPages, feeds, subscriptions]));
  });
}

/** The key of one river page: the context, the page's own fields and its entries' versions. */
export function pageKey(context: string, page: RiverPage, kind: string, person: string): string {
  return digest((hash) => {
    hash.update(JSON.stringify([context, kind, person, page.path, page.title]));
    hash.update(JSON.stringify([page.newer, page.older]));
    // The page's lines are hashed at once: a call to the hash per entry cost more than the hashing.
    let lines = "";
    for (const day of page.days) {
      lines += `\nday ${day.day}`;
      for (const run of day.runs) {
        lines += `\nrun ${run.person.id}`;
        // Joined by NUL, which the text of feeds does not carry.
        for (const { entry, feedTitle, language } of run.entries) {
          const { feedUrl, key, version, date } = entry;
          lines += `\n${feedUrl}\0${key}\0${version}\0${date}\0${feedTitle}\0${language}`;
        }
      }
    }
    hash.update(lines);
  });
}

function digest(fill: (hash: Hash) => void): string {
  const hash = createHash("sha256");
  fill(hash);
  return hash.digest("base64url");
}
