/**
 * What reading a feed while it streams needs from a format family (Atom, RSS): which elements
 * are entries, how to read one as soon as it has closed, and how to read the feed-level elements
 * at the end. Entries are read before the feed is complete (RSS channel elements may follow the
 * items), so what an entry inherits from its feed is filled in last.
 */
import type { Entry, Feed } from "../model.js";
import type { ParseContext } from "./context.js";
import type { XmlElement } from "./xml/tree.js";

/** An entry read before its feed was known. */
export interface PendingEntry {
  entry: Entry;
  /** True when the entry names no author of its own, so the feed's is its author (Atom). */
  inheritsAuthor: boolean;
}

/** One format family's reading of a document rooted at a given element. */
export interface FeedReader {
  /** True when `el` is an entry (atom:entry, RSS item). */
  isEntry(el: XmlElement): boolean;
  /** True when no entry can be inside `el` (entry bodies). */
  isOpaque(el: XmlElement): boolean;
  /** The entry in `el`, a closed entry element with all its content. */
  readEntry(el: XmlElement, ctx: ParseContext): PendingEntry;
  /** The feed in `root`, whose tree holds everything but the entries. */
  readFeed(root: XmlElement, ctx: ParseContext): Feed;
}

/** The entry, completed with what it inherits from its feed. */
export function inheritFromFeed({ entry, inheritsAuthor }: PendingEntry, feed: Feed): Entry {
  if (inheritsAuthor && feed.author !== null) entry.author = feed.author;
  entry.language ??= feed.language;
  entry.base ??= feed.link;
  return entry;
}
