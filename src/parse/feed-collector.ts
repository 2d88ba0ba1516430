/**
 * Reads a feed while an XML pass streams it. Only the feed-level elements are kept as a tree;
 * each entry's subtree is built, read into a model entry the moment it closes, and dropped, so
 * that a big feed is never held whole. Roots are chosen as a reader of the whole tree would: the
 * first top-level element that is a feed; entries are in document order (by their start tags).
 */
import { formatOfRoot } from "./detect-format.js";
import {
  type Collected,
  finishFeed,
  type ReadBefore,
  type Reading,
  readEntry,
  readSoFar,
  startReading,
} from "./root-reading.js";
import {
  appendText,
  createElement,
  type OpenTag,
  type XmlElement,
  type XmlSink,
} from "./xml/tree.js";

/** A sink for one pass over one document; `finish` once the pass is done. */
export interface FeedCollector extends XmlSink {
  finish(): Collected;
  /** The entries read whole so far, with their warnings; null if they nest (and cannot stand). */
  readSoFar(): ReadBefore | null;
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

const SKIPPED: Frame = { el: null, searchable: false, inEntry: false, slot: -1 };

/** How a collector reads. */
export interface CollectorOptions {
  /** Copy entries' strings out of the document's text: worth it for big documents only. */
  copyStrings?: boolean;
  /** Entries a strict pass that then failed read whole: kept, since both passes read alike. */
  before?: ReadBefore | null;
}

/** A collector for the document at `docUrl`. */
export function createFeedCollector(
  docUrl: string | null,
  { copyStrings = false, before = null }: CollectorOptions = {},
): FeedCollector {
  const stack: Frame[] = [];
  let first: OpenTag | null = null;
  let roots = 0;
  let nested = false;
  let reading: Reading | null = null;
  let done: Reading | null = null;

  const openRoot = (tag: OpenTag): Frame => {
    first ??= tag;
    const index = roots++;
    if (done !== null) return SKIPPED;
    const root = createElement(tag, null, docUrl);
    const format = formatOfRoot(root);
    if (format === "") return SKIPPED;
    reading = startReading(root, index, format, docUrl, { before, copyStrings });
    return { el: root, searchable: true, inEntry: false, slot: -1 };
  };

  const openChild = (tag: OpenTag, parent: Frame, r: Reading): Frame => {
    const el = createElement(tag, parent.el, docUrl);
    if (parent.el === r.root) r.rdf?.child(el);
    if (parent.searchable && r.reader.isEntry(el)) {
      const slot = r.entries.push(r.before[r.entries.length] ?? null) - 1;
      if (r.entries[slot] !== null) return { ...SKIPPED, slot };
      // A recovered document can nest entries; the outer one keeps the inner in its tree.
      if (parent.inEntry) {
        nested = true;
        parent.el?.children.push(el);
      }
      return { el, searchable: true, inEntry: true, slot };
    }
    parent.el?.children.push(el);
    const searchable = parent.searchable && !r.reader.isOpaque(el);
    return { el, searchable, inEntry: parent.inEntry, slot: -1 };
  };

  const close = (): void => {
    const frame = stack.pop();
    const r = reading;
    if (frame === undefined || frame.el === null || r === null) return;
    if (frame.slot >= 0) r.entries[frame.slot] = readEntry(r, frame.el, frame.slot);
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
    readSoFar() {
      const r = reading ?? done;
      return r === null || nested ? null : readSoFar(r);
    },
    finish() {
      while (stack.length > 0) close();
      if (done !== null) return finishFeed(done, docUrl);
      return first === null
        ? { kind: "none" }
        : { kind: "other", name: first.name, prefix: first.prefix };
    },
  };
}
