/** Atom (1.0 and 0.3) → the model. */
import type { Feed, Link, Person } from "../../model.js";
import type { ParseContext } from "../context.js";
import { readExtensions } from "../extensions/read-extensions.js";
import { applyEntryExtensions, applyFeedExtensions } from "../extensions/to-model.js";
import type { FeedReader, PendingEntry } from "../feed-reader.js";
import { alternateLink, linkFromElement } from "../links.js";
import { NS } from "../namespaces.js";
import { emptyEntry, emptyFeed, person, unique } from "../result.js";
import { plainFromHtml } from "../text/plain.js";
import type { XmlElement } from "../xml/tree.js";
import {
  type AtomEntry,
  type AtomFeed,
  type AtomPerson,
  isAtomOpaque,
  readAtomEntry,
  readAtomFeed,
} from "./read-atom.js";
import { textToHtml, textToPlain } from "./text-construct.js";

/** The reader of an Atom document (1.0 or 0.3, by the namespace of its root). */
export function atomReader(root: XmlElement): FeedReader {
  const ns = root.ns;
  const legacy = ns === NS.atom03;
  return {
    isEntry: (el) => el.name === "entry" && el.ns === ns,
    isOpaque: isAtomOpaque,
    readEntry: (el, ctx) => toEntry(readAtomEntry(el, ns, legacy), ctx),
    readFeed: (feedEl, ctx) => toFeed(readAtomFeed(feedEl, ns, legacy), ctx),
  };
}

function toFeed(f: AtomFeed, ctx: ParseContext): Feed {
  const feed = emptyFeed();
  const base = f.el.base;
  feed.title = textToPlain(f.title);
  feed.subtitle = textToPlain(f.subtitle);
  feed.links = links(f.links, ctx);
  feed.id = f.id;
  feed.updated = ctx.date(f.updated, "feed updated");
  feed.published = ctx.date(f.published, "feed published");
  feed.language = f.el.lang;
  feed.rights = textToPlain(f.rights);
  feed.generator = f.generator === null ? null : plainFromHtml(f.generator);
  feed.icon = ctx.url(f.icon, base);
  feed.logo = ctx.url(f.logo, base);
  feed.author = toPerson(f.authors[0], f.el, ctx);
  feed.categories = unique(f.categories);
  applyFeedExtensions(feed, atomExtensions(f.el), f.el, ctx);
  feed.link = alternateLink(feed.links);
  return feed;
}

function toEntry(e: AtomEntry, ctx: ParseContext): PendingEntry {
  const entry = emptyEntry();
  entry.id = e.id;
  entry.title = textToPlain(e.title);
  entry.links = links(e.links, ctx);
  entry.published = ctx.date(e.published, "entry published");
  entry.updated = ctx.date(e.updated, "entry updated");
  entry.author = toPerson(e.authors[0], e.el, ctx);
  // An entry without author inherits the feed's (RFC 4287 §4.2.1), before any dc:creator.
  const inheritsAuthor = entry.author === null;
  for (const c of e.contributors) {
    const p = toPerson(c, e.el, ctx);
    if (p !== null) entry.contributors.push(p);
  }
  entry.categories = unique(e.categories);
  entry.summary = textToHtml(e.summary);
  entry.content = textToHtml(e.content);
  for (const l of entry.links) {
    if (l.rel === "enclosure")
      entry.enclosures.push({ url: l.href, type: l.type, length: l.length });
  }
  applyEntryExtensions(entry, atomExtensions(e.el), e.el, ctx);
  entry.link = alternateLink(entry.links);
  entry.language = e.el.lang ?? entry.language;
  entry.base = (e.contentEl ?? e.el).base ?? entry.link ?? ctx.docUrl;
  return { entry, inheritsAuthor };
}

/** Extensions of an Atom element; its atom:links are Atom's own, already read. */
function atomExtensions(el: XmlElement) {
  return { ...readExtensions(el), atomLinks: [] };
}

function links(els: readonly XmlElement[], ctx: ParseContext): Link[] {
  const out: Link[] = [];
  for (const el of els) {
    const link = linkFromElement(el, ctx);
    if (link !== null) out.push(link);
  }
  return out;
}

function toPerson(p: AtomPerson | undefined, el: XmlElement, ctx: ParseContext): Person | null {
  if (p === undefined) return null;
  return person(p.name === null ? null : plainFromHtml(p.name), p.email, ctx.url(p.uri, el.base));
}
