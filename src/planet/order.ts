/** The river's order: newest publication first, ties broken the same way on every build. */
import type { StoredEntryMeta } from "../model.js";

/**
 * Compares by `date` (the store's held-at-first-seen publication date, never `updated`, so an
 * edited old post does not jump back to the top), newest first; then by feed and key, so equal
 * dates keep one order whatever order the store returned them in.
 */
export function compareNewestFirst(a: StoredEntryMeta, b: StoredEntryMeta): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.feedUrl !== b.feedUrl) return a.feedUrl < b.feedUrl ? -1 : 1;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return 0;
}

/** Sorts items holding an entry newest first, in a new array. */
export function newestFirst<T extends { entry: StoredEntryMeta }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareNewestFirst(a.entry, b.entry));
}
