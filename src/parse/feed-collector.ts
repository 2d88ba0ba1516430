/**
 * Reads a feed while an XML pass streams it. Only the feed-level elements are kept as a tree;
 * each entry's subtree is built, read into a model entry the moment it closes, and dropped, so
 * that a big feed is never held whole. Roots are chosen as a reader of the whole tree would: the
 * first top-level element that is a feed; entries are in document order (by their start tags).
 */
import type { Entry, Feed, FeedFormat } from "../model.js";
import { atomReader } from "./atom/to-model.js";
import { createContext, type ParseContext } from "./context.js";
import { detachString, detachStrings } from "./detach.js";
import { formatOfRoot, type RdfDetector, rdfDetector } from "./detect-format.js";
import { type FeedReader, inheritFromFeed, type PendingEntry } from "./feed-reader.js";
import { rssReader } from "./rss/to-model.js";
import {
  appendText,
  createElement,
  type OpenTag,
  type XmlElement,
  type XmlSink,
} from "./xml/tree.js";

/** What the document held: no element, a first element that is no feed, or a feed. */
export type Collected =
  | { kind: "none" }
  | { kind: "other"; name: string; prefix: string }
  | { kind: "feed"; format: FeedFormat; feed: Feed; entries: Entry[]; warnings: string[] };

/** A sink for one pass over one document; `finish` once the pass is done. */
export interface FeedCollector extends XmlSink {
  finish(): Collected;
}

/** One open element. */
interface Frame {
  /** null outside the feed root: such elements are not kept. */
  el: XmlElement | null;
  /** Entries may start among its children (it is not inside an entry body). */
  searchable: boolean;
  /** Inside an entry, where every child is kept on its parent. */
  inEntry: boolean;
  /** The index of the entry this element is, or -1. */
  slot: number;
}

/** One feed root being read. */
interface Reading {
  root: XmlElement;
  reader: FeedReader;
  /** null for RDF until its children tell. */
  format: FeedFormat | null;
  rdf: RdfDetector | null;
  entries: (PendingEntry | null)[];
  /** Entry warnings; the feed's come first in the result, as if read first. */
  ctx: ParseContext;
}

const SKIPPED: Frame = { el: null, searchable: false, inEntry: false, slot: -1 };

/** A collector for the document at `docUrl`. */
export function createFeedCollector(docUrl: string | null): FeedCollector {
  const stack: Frame[] = [];
  let first: OpenTag | null = null;
  let reading: Reading | null = null;
  let done: Reading | null = null;

  const openRoot = (tag: OpenTag): Frame => {
    first ??= tag;
    if (done !== null) return SKIPPED;
    const root = createElement(tag, null, docUrl);
    const format = formatOfRoot(root);
    if (format === "") return SKIPPED;
    const reader = root.name.toLowerCase() === "feed" ? atomReader(root) : rssReader;
    const rdf = format === null ? rdfDetector() : null;
    reading = { root, reader, format, rdf, entries: [], ctx: createContext(docUrl) };
    return { el: root, searchable: true, inEntry: false, slot: -1 };
  };

  const openChild = (tag: OpenTag, parent: Frame, r: Reading): Frame => {
    const el = createElement(tag, parent.el, docUrl);
    if (parent.el === r.root) r.rdf?.child(el);
    if (parent.searchable && r.reader.isEntry(el)) {
      // A recovered document can nest entries; the outer one keeps the inner in its tree.
      if (parent.inEntry) parent.el?.children.push(el);
      return { el, searchable: true, inEntry: true, slot: r.entries.push(null) - 1 };
    }
    parent.el?.children.push(el);
    const searchable = parent.searchable && !r.reader.isOpaque(el);
    return { el, searchable, inEntry: parent.inEntry, slot: -1 };
  };

  const close = (): void => {
    const frame = stack.pop();
    const r = reading;
    if (frame === undefined || frame.el === null || r === null) return;
    if (frame.slot >= 0) r.entries[frame.slot] = readEntry(r, frame.el);
    if (stack.length > 0) return;
    r.format ??= r.rdf?.format() ?? "";
    if (r.format !== "") done = r;
    reading = null;
  };

  return {
    open(tag) {
      const parent = stack.at(-1);
      if (parent === undefined) stack.push(openRoot(tag));
      else
        stack.push(
          parent.el === null || reading === null ? SKIPPED : openChild(tag, parent, reading),
        );
    },
    text(text) {
      const el = stack.at(-1)?.el;
      if (el) appendText(el, text);
    },
    close,
    finish() {
      while (stack.length > 0) close();
      if (done !== null) return finishFeed(done, docUrl);
      return first === null
        ? { kind: "none" }
        : { kind: "other", name: first.name, prefix: first.prefix };
    },
  };
}

function readEntry(r: Reading, el: XmlElement): PendingEntry {
  const warned = r.ctx.warnings.length;
  const pending = r.reader.readEntry(el, r.ctx);
  detachStrings(pending.entry);
  const { warnings } = r.ctx;
  for (let i = warned; i < warnings.length; i++) warnings[i] = detachString(warnings[i]);
  return pending;
}

function finishFeed(r: Reading, docUrl: string | null): Collected {
  const ctx = createContext(docUrl);
  const feed = detachStrings(r.reader.readFeed(r.root, ctx));
  const entries: Entry[] = [];
  for (const pending of r.entries)
    if (pending !== null) entries.push(inheritFromFeed(pending, feed));
  const warnings = [...ctx.warnings.map(detachString), ...r.ctx.warnings];
  return { kind: "feed", format: r.format ?? "", feed, entries, warnings };
}
