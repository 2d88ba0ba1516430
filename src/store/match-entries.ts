/**
 * Matching incoming entries to stored ones: by key first, then — for a key never seen —
 * by link, then by title + date, so an entry whose id changed (a migrated blog) is moved,
 * not added again. A link or title + date shared by several stored entries matches none.
 */
import type { KeyedEntry } from "./identity.js";

/** What matching needs of an entry already stored (a light row: no content). */
export interface ExistingEntry {
  key: string;
  entryId: string | null;
  link: string | null;
  title: string | null;
  published: string | null;
  updated: string | null;
  fieldsHash: string;
}

/** An incoming entry and the stored entry it is (null: a new entry). */
export interface Match {
  keyed: KeyedEntry;
  existing: ExistingEntry | null;
  /** True when found by link or title + date under another key. */
  moved: boolean;
}

interface Sighting {
  link: string | null;
  title: string | null;
  published: string | null;
  updated: string | null;
}

function titleDate({ title, published, updated }: Sighting): string | null {
  const date = published ?? updated;
  return title && date ? `${title}\u0000${date}` : null;
}

/** Index by a derived value; a value held by several entries maps to null (ambiguous). */
function uniqueIndex(
  rows: readonly ExistingEntry[],
  by: (row: ExistingEntry) => string | null,
): Map<string, ExistingEntry | null> {
  const index = new Map<string, ExistingEntry | null>();
  for (const row of rows) {
    const value = by(row);
    if (value !== null) index.set(value, index.has(value) ? null : row);
  }
  return index;
}

/** Pairs each incoming entry with the stored entry it updates, if any. */
export function matchEntries(
  existing: readonly ExistingEntry[],
  keyed: readonly KeyedEntry[],
): Match[] {
  const byKey = new Map(existing.map((row) => [row.key, row]));
  const claimed = new Set<string>();
  const exact = keyed.map((k) => {
    const row = byKey.get(k.key) ?? null;
    if (row !== null) claimed.add(row.key);
    return row;
  });
  const rest = existing.filter((row) => !claimed.has(row.key));
  const byLink = uniqueIndex(rest, (row) => row.link);
  const byTitleDate = uniqueIndex(rest, titleDate);
  return keyed.map((k, i) => {
    const found = exact[i];
    if (found !== null) return { keyed: k, existing: found, moved: false };
    const candidates = [
      k.entry.link === null ? null : byLink.get(k.entry.link),
      byTitleDate.get(titleDate(k.entry) ?? ""),
    ];
    const moved = candidates.find((row) => row && !claimed.has(row.key)) ?? null;
    if (moved !== null) claimed.add(moved.key);
    return { keyed: k, existing: moved, moved: moved !== null };
  });
}
