/**
 * Where a page says its feeds are: `<link rel="alternate">` of feed types
 * (https://www.rssboard.org/rss-autodiscovery), and `<a>` links that look like feeds, each
 * resolved against the page's `<base href>`.
 */
import type { Element } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";

/** A feed URL a page points to, and how. */
export interface FeedLink {
  url: string;
  /** "link": advertised in the head; "anchor": a page link that looks like a feed; "guess": a common path. */
  via: "link" | "anchor" | "guess";
  type: string | null;
  title: string | null;
}

const FEED_TYPES = new Set([
  "application/atom+xml",
  "application/rss+xml",
  "application/feed+json",
  "application/json",
  "application/rdf+xml",
  "application/xml",
  "text/xml",
]);

// Paths blogs serve their feeds at, as WordPress, Blogger, Hugo, Jekyll and Ghost name them.
const FEED_PATH =
  /(\/feeds?\/?$|\/rss\/?$|\/atom\/?$|\.(rss|atom|rdf)$|(atom|rss|feed|index)\.xml$|feed\.json$|\/feeds\/posts\/default)/i;

/** Every feed link of a page, advertised ones first, each URL once. */
export function feedLinksOf(html: string, pageUrl: string): FeedLink[] {
  const doc = parseDocument(html);
  const base = baseOf(
    DomUtils.findOne((e) => e.name === "base", doc.children),
    pageUrl,
  );
  const found = new Map<string, FeedLink>();
  const add = (link: FeedLink | null) => {
    if (link !== null && !found.has(link.url)) found.set(link.url, link);
  };
  const elements = DomUtils.findAll((e) => e.name === "link" || e.name === "a", doc.children);
  for (const el of elements) if (el.name === "link") add(advertised(el, base));
  for (const el of elements) if (el.name === "a") add(anchor(el, base));
  return [...found.values()];
}

function baseOf(base: Element | null, pageUrl: string): string {
  const href = base?.attribs.href;
  return href !== undefined && URL.canParse(href, pageUrl) ? new URL(href, pageUrl).href : pageUrl;
}

function resolve(href: string | undefined, base: string): string | null {
  if (href === undefined || href.trim() === "" || !URL.canParse(href.trim(), base)) return null;
  const url = new URL(href.trim(), base);
  url.hash = "";
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}

function advertised(el: Element, base: string): FeedLink | null {
  const rels = (el.attribs.rel ?? "").toLowerCase().split(/\s+/);
  const type = (el.attribs.type ?? "").toLowerCase().split(";")[0].trim();
  if (!rels.includes("alternate") || !FEED_TYPES.has(type)) return null;
  const url = resolve(el.attribs.href, base);
  const title = el.attribs.title?.trim() || null;
  return url === null ? null : { url, via: "link", type, title };
}

function anchor(el: Element, base: string): FeedLink | null {
  const url = resolve(el.attribs.href, base);
  if (url === null || !FEED_PATH.test(new URL(url).pathname)) return null;
  const title = DomUtils.textContent(el).replace(/\s+/g, " ").trim() || null;
  return { url, via: "anchor", type: null, title };
}
