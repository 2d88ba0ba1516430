/** The date an entry takes its place in the river by. */
import type { Entry } from "../model.js";

/**
 * How far past `now` an entry's own date may lie before it is distrusted. Feeds with a wrong
 * time zone or scheduled posts would otherwise pin an entry to the top of the river for hours
 * or years; a small allowance keeps honest clock skew harmless.
 */
export const FUTURE_TOLERANCE_SECONDS = 15 * 60;

/** published, else updated; held at `firstSeen` when absent, unreadable or in the future. */
export function riverDate(entry: Entry, firstSeen: string): string {
  const own = entry.published ?? entry.updated;
  if (own === null) return firstSeen;
  const at = Date.parse(own);
  const limit = Date.parse(firstSeen) + FUTURE_TOLERANCE_SECONDS * 1000;
  if (Number.isNaN(at) || at > limit) return firstSeen;
  return own;
}
