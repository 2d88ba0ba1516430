/**
 * Feed autodiscovery in an HTML page, so that the error for a page says where its feed is
 * (https://www.rssboard.org/rss-autodiscovery).
 */
import { decodeHTMLAttribute } from "entities";
import { absoluteUrl } from "./xml/tree.js";

const LINK_TAG = /<link\b[^>]*>/gi;
const BASE_TAG = /<base\b[^>]*>/i;
const ATTR = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const FEED_TYPES = new Set([
  "application/rss+xml",
  "application/atom+xml",
  "application/feed+json",
  "application/json",
]);

/** How much of a page is searched for feed links. */
export const PAGE_HEAD_LENGTH = 512 * 1024;

/** The feed URLs an HTML page advertises with <link rel="alternate" type="...">. */
export function feedLinks(html: string, docUrl: string | null): string[] {
  const head = html.slice(0, PAGE_HEAD_LENGTH);
  const baseHref = BASE_TAG.exec(head);
  const pageBase = baseHref ? (attributes(baseHref[0]).href ?? null) : null;
  const base = pageBase === null ? docUrl : (absoluteUrl(pageBase, docUrl) ?? docUrl);
  const found: string[] = [];
  for (const m of head.matchAll(LINK_TAG)) {
    const a = attributes(m[0]);
    const rels = (a.rel ?? "").toLowerCase().split(/\s+/);
    const type = (a.type ?? "").toLowerCase().split(";")[0].trim();
    if (!rels.includes("alternate") || !FEED_TYPES.has(type) || !a.href) continue;
    const href = absoluteUrl(a.href, base) ?? a.href;
    if (!found.includes(href)) found.push(href);
  }
  return found;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTR)) {
    out[m[1].toLowerCase()] = decodeHTMLAttribute(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return out;
}

/** The error message for an HTML page. */
export function htmlPageError(html: string, docUrl: string | null): string {
  const links = feedLinks(html, docUrl);
  if (links.length === 0) return "this is an HTML page, not a feed, and it links to no feed";
  const where = links.length === 1 ? "a feed at" : "feeds at";
  return `this is an HTML page, not a feed; it links to ${where} ${links.join(", ")}`;
}
