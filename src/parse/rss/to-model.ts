/** RSS (every version) → the model. */
import type { Entry, Feed } from "../../model.js";
import type { ParseContext } from "../context.js";
import { readExtensions } from "../extensions/read-extensions.js";
import { applyEntryExtensions, applyFeedExtensions } from "../extensions/to-model.js";
import type { FeedReader } from "../feed-reader.js";
import { alternateLink, byteLength } from "../links.js";
import { emptyEntry, emptyFeed, unique } from "../result.js";
import { htmlFromUnknown } from "../text/html.js";
import { personFromText } from "../text/person.js";
import { plainFromHtml } from "../text/plain.js";
import { hasElementChildren, textOf } from "../xml/query.js";
import { serializeHtml } from "../xml/serialize.js";
import type { XmlElement } from "../xml/tree.js";
import {
  isRss,
  isRssOpaque,
  type RssChannel,
  type RssItem,
  readItem,
  readRssChannel,
} from "./read-rss.js";

/** The reader of RSS documents, every version. */
export const rssReader: FeedReader = {
  isEntry: (el) => isRss(el, "item"),
  isOpaque: isRssOpaque,
  readEntry: (el, ctx) => ({ entry: toEntry(readItem(el), ctx), inheritsAuthor: false }),
  readFeed(root, ctx) {
    const channel = readRssChannel(root);
    return channel ? toFeed(channel, root, ctx) : emptyFeed();
  },
};

function toFeed(ch: RssChannel, root: XmlElement, ctx: ParseContext): Feed {
  const feed = emptyFeed();
  const base = ch.el.base;
  feed.title = ch.title === null ? null : plainFromHtml(ch.title);
  feed.subtitle = ch.description === null ? null : plainFromHtml(textOf(ch.description));
  const link = ctx.url(ch.link, base);
  if (link !== null)
    feed.links.push({ href: link, rel: "alternate", type: null, title: null, length: null });
  feed.language = ch.language ?? ch.el.lang ?? root.lang;
  feed.rights = ch.copyright === null ? null : plainFromHtml(ch.copyright);
  feed.author = personFromText(ch.managingEditor ?? ch.webMaster);
  feed.published = ctx.date(ch.pubDate, "channel pubDate");
  feed.updated = ctx.date(ch.lastBuildDate, "channel lastBuildDate");
  feed.generator = ch.generator === null ? null : plainFromHtml(ch.generator);
  feed.categories = unique(ch.categories);
  feed.logo = ctx.url(ch.image?.url ?? null, base);
  const ttl = Number.parseInt(ch.ttl ?? "", 10);
  if (ttl > 0) feed.updateInterval = ttl * 60;
  applyFeedExtensions(feed, readExtensions(ch.el), ch.el, ctx);
  feed.link = alternateLink(feed.links);
  return feed;
}

function toEntry(item: RssItem, ctx: ParseContext): Entry {
  const entry = emptyEntry();
  const base = item.el.base;
  entry.id = item.guid ?? item.about;
  entry.title = item.title === null ? null : plainFromHtml(item.title);
  // A guid is the permalink unless it says otherwise (RSS 2.0, <guid>).
  const permalink = item.guid !== null && item.guidIsPermaLink && /^https?:\/\//i.test(item.guid);
  const link = ctx.url(item.link ?? (permalink ? item.guid : null), base);
  if (link !== null)
    entry.links.push({ href: link, rel: "alternate", type: null, title: null, length: null });
  entry.summary = item.description === null ? null : bodyHtml(item.description);
  entry.published = ctx.date(item.pubDate, "item pubDate");
  entry.author = personFromText(item.author);
  entry.categories = unique(item.categories);
  for (const e of item.enclosures) {
    const url = ctx.url(e.url, base);
    if (url !== null)
      entry.enclosures.push({ url, type: e.type?.trim() || null, length: byteLength(e.length) });
  }
  applyEntryExtensions(entry, readExtensions(item.el), item.el, ctx);
  entry.link = alternateLink(entry.links);
  entry.language ??= item.el.lang;
  entry.base = base ?? entry.link ?? ctx.docUrl;
  return entry;
}

/** A description's HTML: inline markup serialized, else the text read as (maybe escaped) HTML. */
function bodyHtml(el: XmlElement): string | null {
  return hasElementChildren(el)
    ? serializeHtml(el.children).trim() || null
    : htmlFromUnknown(textOf(el));
}
