/** JSON Feed → the model. */
import type { Entry, Feed, Link } from "../../model.js";
import type { ParseContext } from "../context.js";
import { emptyEntry, emptyFeed, person, unique } from "../result.js";
import { htmlFromHtml, htmlFromText } from "../text/html.js";
import { plainFromText } from "../text/plain.js";
import type { JsonAuthor, JsonFeed, JsonItem } from "./read-json.js";

/** The feed and entries of a JSON Feed. */
export function jsonToModel(doc: JsonFeed, ctx: ParseContext) {
  const feed = toFeed(doc, ctx);
  const entries = doc.items.map((item) => toEntry(item, feed, ctx));
  return { feed, entries };
}

function toFeed(doc: JsonFeed, ctx: ParseContext): Feed {
  const feed = emptyFeed();
  feed.title = doc.title === null ? null : plainFromText(doc.title);
  feed.subtitle = doc.description === null ? null : plainFromText(doc.description);
  feed.link = ctx.url(doc.home_page_url, null);
  if (feed.link !== null) feed.links.push(link(feed.link, "alternate", "text/html"));
  const self = ctx.url(doc.feed_url, null);
  if (self !== null) feed.links.push(link(self, "self", "application/feed+json"));
  feed.language = doc.language;
  feed.icon = ctx.url(doc.favicon, null);
  feed.logo = ctx.url(doc.icon, null);
  feed.author = toPerson(doc.authors[0], ctx);
  return feed;
}

function toEntry(item: JsonItem, feed: Feed, ctx: ParseContext): Entry {
  const entry = emptyEntry();
  entry.id = item.id;
  entry.title = item.title === null ? null : plainFromText(item.title);
  entry.link = ctx.url(item.url, null);
  if (entry.link !== null) entry.links.push(link(entry.link, "alternate", "text/html"));
  const external = ctx.url(item.external_url, null);
  if (external !== null) entry.links.push(link(external, "related", null));
  entry.published = ctx.date(item.date_published, "date_published");
  entry.updated = ctx.date(item.date_modified, "date_modified");
  entry.author = toPerson(item.authors[0], ctx) ?? feed.author;
  entry.categories = unique(item.tags.map((t) => t.trim()).filter((t) => t !== ""));
  entry.language = item.language ?? feed.language;
  entry.summary = item.summary === null ? null : htmlFromText(item.summary);
  entry.content =
    item.content_html !== null
      ? htmlFromHtml(item.content_html)
      : item.content_text !== null
        ? htmlFromText(item.content_text)
        : null;
  for (const a of item.attachments) {
    const url = ctx.url(a.url, null);
    if (url !== null) entry.enclosures.push({ url, type: a.mime_type, length: a.size_in_bytes });
  }
  entry.image = ctx.url(item.image ?? item.banner_image, null);
  entry.base = entry.link ?? ctx.docUrl ?? feed.link;
  return entry;
}

function link(href: string, rel: string, type: string | null): Link {
  return { href, rel, type, title: null, length: null };
}

function toPerson(a: JsonAuthor | undefined, ctx: ParseContext) {
  if (a === undefined) return null;
  return person(a.name === null ? null : plainFromText(a.name), null, ctx.url(a.url, null));
}
