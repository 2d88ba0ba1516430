/** The same post arriving through two feeds, shown once. */
import type { PlanetEntry } from "../model.js";
import { canonicalLink } from "./canonical-link.js";

/**
 * Drops duplicates: entries with the same canonical link, or the same content hash when they
 * have content. Of each set of copies the earliest seen is kept (then the earliest dated, then
 * by feed and key): it is the copy that reached the river first, so readers never see a post
 * change author or move between builds; the config holds no notion of a "primary" feed to
 * prefer instead. Copies chain: a post matching a dropped copy is dropped too. Returns the kept
 * items in input order. Pure.
 */
export function dedupeEntries<T extends { entry: PlanetEntry }>(items: readonly T[]): T[] {
  const preferred = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => comparePreference(a.item.entry, b.item.entry));
  const links = new Set<string>();
  const hashes = new Set<string>();
  const kept = new Set<number>();
  for (const { item, index } of preferred) {
    const link = canonicalLink(item.entry.link);
    const hash = hasContent(item.entry) ? item.entry.contentHash : null;
    const duplicate = (link !== null && links.has(link)) || (hash !== null && hashes.has(hash));
    if (!duplicate) kept.add(index);
    if (link !== null) links.add(link);
    if (hash !== null) hashes.add(hash);
  }
  return items.filter((_, index) => kept.has(index));
}

function comparePreference(a: PlanetEntry, b: PlanetEntry): number {
  for (const [x, y] of [
    [a.firstSeen, b.firstSeen],
    [a.date, b.date],
    [a.feedUrl, b.feedUrl],
    [a.key, b.key],
  ] as const) {
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

// Entries without a body all hash alike (title only, or nothing): only links can tell them apart.
function hasContent(entry: PlanetEntry): boolean {
  return entry.contentHash !== "" && entry.facts.hasText;
}
