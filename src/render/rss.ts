/** The planet as RSS 2.0 (https://www.rssboard.org/rss-specification), authors in dc:creator. */
import type { FeedHead } from "./atom.js";
import type { FeedItem } from "./feed-items.js";
import { newestDate } from "./feed-items.js";
import { emptyElement, parentElement, rfc822, textElement } from "./xml.js";

/** Renders an RSS 2.0 document. */
export function renderRss(head: FeedHead, items: FeedItem[]): string {
  const channel = parentElement("channel", [
    textElement("title", head.title),
    textElement("link", head.link),
    textElement("description", head.description ?? head.title),
    textElement("language", head.language),
    textElement("lastBuildDate", rfc822(newestDate(items, head.generatedAt))),
    textElement("generator", "Orrery"),
    emptyElement("atom:link", { href: head.self, rel: "self", type: "application/rss+xml" }),
    ...items.map(rssItem),
  ]);
  const rss = parentElement("rss", [channel], {
    version: "2.0",
    "xmlns:dc": "http://purl.org/dc/elements/1.1/",
    "xmlns:atom": "http://www.w3.org/2005/Atom",
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n${rss}\n`;
}

function rssItem(item: FeedItem): string {
  return parentElement("item", [
    textElement("title", item.title),
    textElement("link", item.link),
    textElement("guid", item.id, { isPermaLink: item.id === item.link ? "true" : "false" }),
    textElement("pubDate", rfc822(item.published)),
    textElement("dc:creator", item.author.name),
    ...item.categories.map((c) => textElement("category", c)),
    textElement("description", item.html),
    // RSS <source> names the feed an item came from; it requires the feed's URL.
    item.source.url === null
      ? ""
      : textElement("source", item.source.title, { url: item.source.url }),
  ]);
}
