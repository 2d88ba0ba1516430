/** What the syndication feeds share: which entries, their ids, their full content. */
import { createHash } from "node:crypto";
import type { EntryBody, RiverEntry, StoredFeed } from "../model.js";
import { isWebUrl, safeHref } from "./safe-url.js";

/** How many of the newest entries the feeds carry. */
export const FEED_ENTRIES = 50;

/** A river entry prepared for Atom, RSS and JSON Feed. */
export interface FeedItem {
  id: string;
  title: string | null;
  link: string | null;
  published: string;
  updated: string;
  html: string;
  categories: string[];
  language: string | null;
  author: { name: string; url: string | null };
  source: { title: string; url: string | null; siteUrl: string | null; id: string };
}

/** The newest entries of a river as feed items; `bodyOf` gives each entry's full content. */
export function feedItems(
  entries: readonly RiverEntry[],
  feeds: StoredFeed[],
  bodyOf: (entry: RiverEntry) => EntryBody,
): FeedItem[] {
  const byUrl = new Map(feeds.map((f) => [f.url, f]));
  return entries
    .slice(0, FEED_ENTRIES)
    .map((river) => toFeedItem(river, byUrl.get(river.entry.feedUrl), bodyOf(river).html));
}

function toFeedItem(river: RiverEntry, feed: StoredFeed | undefined, html: string): FeedItem {
  const { entry, person } = river;
  const link = webLink(entry.link);
  const siteUrl = webLink(feed?.siteLink ?? null);
  const feedUrl = isWebUrl(entry.feedUrl) ? entry.feedUrl : null;
  return {
    id: isIri(entry.id)
      ? entry.id
      : (link ?? `urn:orrery:entry:${digest(`${entry.feedUrl} ${entry.key}`)}`),
    title: entry.title?.trim() ? entry.title : null,
    link,
    published: entry.date,
    updated: entry.updated ?? entry.date,
    html,
    categories: entry.categories,
    language: river.language,
    author: { name: person.name, url: webLink(person.links[0]?.url ?? null) },
    source: {
      title: river.feedTitle ?? feed?.title ?? person.name,
      url: feedUrl,
      siteUrl,
      id: feedUrl ?? siteUrl ?? `urn:orrery:feed:${digest(entry.feedUrl)}`,
    },
  };
}

/** The newest date among items, for a feed's own updated stamp (stable between builds). */
export function newestDate(items: FeedItem[], fallback: string): string {
  // ISO UTC strings of one shape sort as text; Math.max would need Date round trips.
  let newest: string | null = null;
  for (const item of items) if (newest === null || item.updated > newest) newest = item.updated;
  return newest ?? fallback;
}

function webLink(url: string | null): string | null {
  const safe = safeHref(url);
  return isWebUrl(safe) ? safe : null;
}

/** Atom ids must be IRIs; a bare RSS guid like "1234" is not one. */
function isIri(id: string | null): id is string {
  return id !== null && /^[a-z][a-z0-9+.-]*:\S+$/i.test(id);
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}
