/**
 * Entry identity: which string identifies an entry within its feed across fetches.
 *
 * The id (atom:id, RSS guid, JSON id) when the feed's ids can be trusted, else the link, else a
 * hash of title and date. Feeds in the wild break ids in two ways, both seen by other readers:
 * - the same id for different entries in one document (a constant guid, a CMS bug), as in
 *   https://github.com/FreshRSS/FreshRSS/issues/5329 — detected here, within one document;
 * - new ids for unchanged entries (https://github.com/feedbin/support/issues/515, or a blog
 *   that changed its structure: https://github.com/havenweb/haven/pull/72) — detected across
 *   updates by the planner (see plan-update.ts).
 * Like FreshRSS (https://github.com/FreshRSS/FreshRSS/issues/5909), a feed once caught stays
 * keyed by link: flipping back and forth would re-key its entries each time.
 */
import type { Entry } from "../model.js";
import { hashKey } from "./hashes.js";

/** The kind of string a key was made from. */
export type KeySource = "id" | "link" | "hash";

/** One incoming entry with the key chosen for it. */
export interface KeyedEntry {
  entry: Entry;
  key: string;
  source: KeySource;
}

/** True when one id is used by entries with different links or titles in the same document. */
export function hasRepeatedIds(entries: readonly Entry[]): boolean {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.id) continue;
    const signature = `${entry.link ?? ""}\u0000${entry.title ?? ""}`;
    const previous = seen.get(entry.id);
    if (previous === undefined) seen.set(entry.id, signature);
    else if (previous !== signature) return true;
  }
  return false;
}

/**
 * Chooses each entry's key. A link shared by several entries of the document (everything
 * pointing at the home page) identifies none of them, so those fall back to the hash.
 */
export function assignKeys(entries: readonly Entry[], trustIds: boolean): KeyedEntry[] {
  const linkCounts = new Map<string, number>();
  for (const { link } of entries) if (link) linkCounts.set(link, (linkCounts.get(link) ?? 0) + 1);
  return entries.map((entry) => {
    if (trustIds && entry.id) return { entry, key: entry.id, source: "id" };
    if (entry.link && linkCounts.get(entry.link) === 1) {
      return { entry, key: entry.link, source: "link" };
    }
    return { entry, key: hashKey(entry), source: "hash" };
  });
}

/** Keeps the first entry of each key: a feed listing the same entry twice stores it once. */
export function dropDuplicateKeys(keyed: readonly KeyedEntry[]): KeyedEntry[] {
  const seen = new Set<string>();
  return keyed.filter(({ key }) => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
