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
  const links = items.map((item) => canonicalLink(item.entry.link));
  const hashes = items.map((item) => (hasContent(item.entry) ? item.entry.contentHash : null));
  const dropped = new Set<number>();
  // Only entries that share a link or a hash with another need comparing, each group apart:
  // sorting every entry of a big planet by preference would cost more than the rest of planning.
  for (const group of sharingGroups(links, hashes)) {
    group.sort((a, b) => comparePreference((items[a] as T).entry, (items[b] as T).entry));
    const seenLinks = new Set<string>();
    const seenHashes = new Set<string>();
    for (const index of group) {
      const link = links[index] ?? null;
      const hash = hashes[index] ?? null;
      if ((link !== null && seenLinks.has(link)) || (hash !== null && seenHashes.has(hash)))
        dropped.add(index);
      if (link !== null) seenLinks.add(link);
      if (hash !== null) seenHashes.add(hash);
    }
  }
  return dropped.size === 0 ? [...items] : items.filter((_, index) => !dropped.has(index));
}

/** The indexes joined by shared values of `links` or `hashes`, in groups of two or more. */
function sharingGroups(
  links: readonly (string | null)[],
  hashes: readonly (string | null)[],
): number[][] {
  const parent = links.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    parent[i] = r;
    return r;
  };
  // Only the indexes a union touched can be in a group of two or more: a big planet's entries
  // are nearly all alone, and grouping every one of them cost more than finding the pairs.
  const touched: number[] = [];
  for (const values of [links, hashes]) {
    const first = new Map<string, number>();
    values.forEach((value, i) => {
      if (value === null) return;
      const seen = first.get(value);
      if (seen === undefined) first.set(value, i);
      else {
        parent[root(i)] = root(seen);
        touched.push(i, seen);
      }
    });
  }
  const groups = new Map<number, number[]>();
  for (const i of new Set(touched)) {
    const r = root(i);
    const group = groups.get(r);
    if (group === undefined) groups.set(r, [i]);
    else group.push(i);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

function comparePreference(a: PlanetEntry, b: PlanetEntry): number {
  if (a.firstSeen !== b.firstSeen) return a.firstSeen < b.firstSeen ? -1 : 1;
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.feedUrl !== b.feedUrl) return a.feedUrl < b.feedUrl ? -1 : 1;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return 0;
}

// Entries without a body all hash alike (title only, or nothing): only links can tell them apart.
function hasContent(entry: PlanetEntry): boolean {
  return entry.contentHash !== "" && entry.facts.hasText;
}
