/**
 * The RSS family, spec-shaped. One reader serves every version, which differ mostly in what is
 * optional:
 * RSS 0.90  https://www.rssboard.org/rss-0-9-0
 * RSS 0.91  https://www.rssboard.org/rss-0-9-1-netscape and http://backend.userland.com/rss091
 * RSS 0.92  https://www.rssboard.org/rss-0-9-2
 * RSS 0.93/0.94  http://backend.userland.com/rss093
 * RSS 1.0   https://web.resource.org/rss/1.0/spec
 * RSS 2.0   https://www.rssboard.org/rss-specification
 */
import { NS, RSS_NAMESPACES } from "../namespaces.js";
import { attr, trimmedText } from "../xml/query.js";
import type { XmlElement } from "../xml/tree.js";

/** <image>: the channel's logo. */
export interface RssImage {
  url: string | null;
  link: string | null;
  title: string | null;
}

/** <enclosure url length type>. */
export interface RssEnclosure {
  url: string;
  type: string | null;
  length: string | null;
}

/** <channel> with the elements the versions define. */
export interface RssChannel {
  el: XmlElement;
  title: string | null;
  link: string | null;
  description: XmlElement | null;
  language: string | null;
  copyright: string | null;
  managingEditor: string | null;
  webMaster: string | null;
  pubDate: string | null;
  lastBuildDate: string | null;
  generator: string | null;
  ttl: string | null;
  categories: string[];
  image: RssImage | null;
}

/** <item>. */
export interface RssItem {
  el: XmlElement;
  /** rdf:about (RSS 1.0). */
  about: string | null;
  title: string | null;
  link: string | null;
  description: XmlElement | null;
  guid: string | null;
  guidIsPermaLink: boolean;
  pubDate: string | null;
  author: string | null;
  categories: string[];
  enclosures: RssEnclosure[];
}

/** True for an element of plain RSS (any version's namespace). */
export function isRss(el: XmlElement, name: string): boolean {
  return el.name === name && RSS_NAMESPACES.has(el.ns);
}

// Never look for items inside an item's text or content elements.
const OPAQUE = new Set(["description", "encoded", "content", "summary"]);

/** True when items cannot be inside `el`. */
export function isRssOpaque(el: XmlElement): boolean {
  return OPAQUE.has(el.name);
}

/** The <channel> of an RSS document rooted at `root` (<rss>, <rdf:RDF> or a bare <channel>). */
export function readRssChannel(root: XmlElement): RssChannel | null {
  const channelEl = isRss(root, "channel") ? root : firstRss(root, "channel");
  const imageEl = (channelEl && firstRss(channelEl, "image")) ?? firstRss(root, "image");
  return channelEl ? readChannel(channelEl, imageEl) : null;
}

function firstRss(el: XmlElement, name: string): XmlElement | null {
  for (const c of el.children) if (typeof c !== "string" && isRss(c, name)) return c;
  return null;
}

type ChannelText =
  | "title"
  | "link"
  | "language"
  | "copyright"
  | "managingEditor"
  | "webMaster"
  | "pubDate"
  | "lastBuildDate"
  | "generator"
  | "ttl";
const CHANNEL_TEXT: ReadonlySet<string> = new Set<ChannelText>([
  "title",
  "link",
  "language",
  "copyright",
  "managingEditor",
  "webMaster",
  "pubDate",
  "lastBuildDate",
  "generator",
  "ttl",
]);

function readChannel(el: XmlElement, imageEl: XmlElement | null): RssChannel {
  const ch: RssChannel = {
    el,
    title: null,
    link: null,
    description: null,
    language: null,
    copyright: null,
    managingEditor: null,
    webMaster: null,
    pubDate: null,
    lastBuildDate: null,
    generator: null,
    ttl: null,
    categories: [],
    image: imageEl ? readImage(imageEl) : null,
  };
  for (const c of el.children) {
    if (typeof c === "string" || !RSS_NAMESPACES.has(c.ns)) continue;
    if (c.name === "description") ch.description ??= c;
    else if (c.name === "category") pushText(ch.categories, c);
    else if (CHANNEL_TEXT.has(c.name)) ch[c.name as ChannelText] ??= trimmedText(c);
  }
  return ch;
}

function readImage(el: XmlElement): RssImage {
  return {
    url: trimmedText(firstRss(el, "url")) ?? attr(el, "resource", NS.rdf),
    link: trimmedText(firstRss(el, "link")),
    title: trimmedText(firstRss(el, "title")),
  };
}

/** One <item>. */
export function readItem(el: XmlElement): RssItem {
  const item: RssItem = {
    el,
    about: attr(el, "about", NS.rdf),
    title: null,
    link: null,
    description: null,
    guid: null,
    guidIsPermaLink: true,
    pubDate: null,
    author: null,
    categories: [],
    enclosures: [],
  };
  for (const c of el.children) {
    if (typeof c === "string" || !RSS_NAMESPACES.has(c.ns)) continue;
    readItemChild(item, c);
  }
  return item;
}

function readItemChild(item: RssItem, c: XmlElement): void {
  switch (c.name) {
    case "title":
      item.title ??= trimmedText(c);
      break;
    case "link":
      item.link ??= trimmedText(c);
      break;
    case "description":
      item.description ??= c;
      break;
    case "guid":
      item.guid ??= trimmedText(c);
      item.guidIsPermaLink = attr(c, "isPermaLink")?.trim().toLowerCase() !== "false";
      break;
    case "pubDate":
      item.pubDate ??= trimmedText(c);
      break;
    case "author":
      item.author ??= trimmedText(c);
      break;
    case "category":
      pushText(item.categories, c);
      break;
    case "enclosure": {
      const url = attr(c, "url");
      if (url !== null)
        item.enclosures.push({ url, type: attr(c, "type"), length: attr(c, "length") });
      break;
    }
  }
}

function pushText(list: string[], el: XmlElement): void {
  const text = trimmedText(el);
  if (text !== null) list.push(text);
}
