/**
 * One feed root while it is read: its entries so far, read as each closed, and, at the end, the
 * feed and the entries completed with what they inherit from it.
 */
import type { Entry, Feed, FeedFormat } from "../model.js";
import { atomReader } from "./atom/to-model.js";
import { createContext, type ParseContext } from "./context.js";
import { detachString, detachStrings } from "./detach.js";
import { type RdfDetector, rdfDetector } from "./detect-format.js";
import { type FeedReader, inheritFromFeed, type PendingEntry } from "./feed-reader.js";
import { rssReader } from "./rss/to-model.js";
import type { XmlElement } from "./xml/tree.js";

/** What a document held: no element, a first element that is no feed, or a feed. */
export type Collected =
  | { kind: "none" }
  | { kind: "other"; name: string; prefix: string }
  | { kind: "feed"; format: FeedFormat; feed: Feed; entries: Entry[]; warnings: string[] };

/** The entries a strict pass read whole before it failed, for the tolerant pass to keep. */
export interface ReadBefore {
  /** The top-level element they are in, counted from 0. */
  root: number;
  entries: PendingEntry[];
  warnings: string[];
}

/** One feed root being read. */
export interface Reading {
  root: XmlElement;
  index: number;
  reader: FeedReader;
  /** null for RDF until its children tell. */
  format: FeedFormat | null;
  rdf: RdfDetector | null;
  entries: (PendingEntry | null)[];
  /** Entries read by an earlier pass: their elements are skipped, not built again. */
  before: PendingEntry[];
  /** Entry warnings; the feed's come first in the result, as if read first. */
  ctx: ParseContext;
  /** How many entry warnings there were once each entry had been read. */
  warnedAt: number[];
  /** Whether entries' strings are copied out of the document's text (see detach.ts). */
  copyStrings: boolean;
}

/**
 * Starts reading the feed `root`, the top-level element number `index` in its document, with
 * its format as its start tag shows it (null for RDF); `before` may hold its first entries.
 */
export function startReading(
  root: XmlElement,
  index: number,
  format: FeedFormat | null,
  docUrl: string | null,
  { before, copyStrings }: { before: ReadBefore | null; copyStrings: boolean },
): Reading {
  const reader = root.name.toLowerCase() === "feed" ? atomReader(root) : rssReader;
  const rdf = format === null ? rdfDetector() : null;
  const kept = before?.root === index ? before : null;
  const ctx = createContext(docUrl);
  ctx.warnings.push(...(kept?.warnings ?? []));
  const reading = { root, index, reader, format, rdf, ctx, copyStrings };
  return { ...reading, entries: [], before: kept?.entries ?? [], warnedAt: [] };
}

/** Reads the closed entry element `el`, entry number `slot` (its strings copied if asked). */
export function readEntry(r: Reading, el: XmlElement, slot: number): PendingEntry {
  const warned = r.ctx.warnings.length;
  const pending = r.reader.readEntry(el, r.ctx);
  const { warnings } = r.ctx;
  if (r.copyStrings) {
    detachStrings(pending.entry);
    for (let i = warned; i < warnings.length; i++) warnings[i] = detachString(warnings[i]);
  }
  r.warnedAt[slot] = warnings.length;
  return pending;
}

/** The entries read whole so far (before an entry still open), with their warnings. */
export function readSoFar(r: Reading): ReadBefore {
  let whole = 0;
  while (whole < r.entries.length && r.entries[whole] !== null) whole++;
  const entries = r.entries.slice(0, whole) as PendingEntry[];
  const warnings = r.ctx.warnings.slice(0, whole > 0 ? r.warnedAt[whole - 1] : 0);
  return { root: r.index, entries, warnings };
}

/** The feed and its entries, once the root has closed. */
export function finishFeed(r: Reading, docUrl: string | null): Collected {
  const ctx = createContext(docUrl);
  const feed = r.reader.readFeed(r.root, ctx);
  if (r.copyStrings) detachStrings(feed);
  const entries: Entry[] = [];
  for (const pending of r.entries)
    if (pending !== null) entries.push(inheritFromFeed(pending, feed));
  const own = r.copyStrings ? ctx.warnings.map(detachString) : ctx.warnings;
  const warnings = [...own, ...r.ctx.warnings];
  return { kind: "feed", format: r.format ?? "", feed, entries, warnings };
}
