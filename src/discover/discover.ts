/**
 * Feed autodiscovery, the I/O: fetch the page through the fetch stage (its size and time
 * limits and private-address guard apply), read its feed links, guess common paths when it has
 * none, and keep only the candidates that really parse as feeds.
 */
import type { Fetcher } from "../fetch/index.js";
import type { FeedBytes, ParsedFeed } from "../model.js";
import { type FeedLink, feedLinksOf } from "./page-links.js";
import { decodeText, parseFeed, parseHtmlSource } from "./parse-stage.js";
import { type FoundFeed, rankFeeds } from "./rank.js";

/** What a page offers: its feeds, best first, then the page itself when it has h-entries. */
export type Discovery =
  | { ok: true; pageUrl: string; feeds: FoundFeed[] }
  | { ok: false; error: string };

// The paths blogs serve feeds at when their pages do not say (WordPress, Hugo, Jekyll, ...).
const COMMON_PATHS = ["feed/", "atom.xml", "index.xml", "rss", "feed.xml", "rss.xml"];
// More candidates than this is a page of links to other blogs, not one blog's feeds.
const MAX_CANDIDATES = 12;

/** Finds the feeds of a page (or the feed itself, when given a feed URL). */
export async function discoverFeeds(url: string, fetcher: Fetcher): Promise<Discovery> {
  const page = await fetchBytes(fetcher, url);
  if ("error" in page) return { ok: false, error: `${url}: ${page.error}` };
  const given = parseFeed(page);
  const pageUrl = page.url ?? url;
  if (given.error === null) {
    const feed = found(page.movedTo ?? url, given, "given");
    return { ok: true, pageUrl, feeds: [feed] };
  }
  const html = decodeText(page);
  const links = feedLinksOf(html, pageUrl);
  const candidates = links.length > 0 ? links : guesses(pageUrl);
  const checked = await Promise.all(
    candidates.slice(0, MAX_CANDIDATES).map((link) => checkCandidate(fetcher, link)),
  );
  const feeds = unique(rankFeeds(checked.filter((f): f is FoundFeed => f !== null)));
  // A page marked up with h-entries can be read as it is (a `type: html` subscription).
  const asPage = parseHtmlSource(page, { rules: null });
  if (asPage.error === null) feeds.push(found(pageUrl, asPage, "page"));
  return { ok: true, pageUrl, feeds };
}

/** The document's bytes, and where it moved to for good when a permanent redirect said so. */
async function fetchBytes(
  fetcher: Fetcher,
  url: string,
): Promise<(FeedBytes & { movedTo: string | null }) | { error: string }> {
  const outcome = await fetcher.fetch({ url }, null);
  if (outcome.kind === "ok") {
    const { body, finalUrl, contentType, movedTo } = outcome;
    return { body, url: finalUrl, contentType, movedTo };
  }
  if (outcome.kind === "error") return { error: outcome.reason };
  return { error: outcome.kind === "gone" ? "HTTP 410 Gone" : `unexpected ${outcome.kind}` };
}

function guesses(pageUrl: string): FeedLink[] {
  const bases = [new URL("./", pageUrl).href, new URL("/", pageUrl).href];
  const urls = new Set(bases.flatMap((base) => COMMON_PATHS.map((p) => new URL(p, base).href)));
  return [...urls].map((url) => ({ url, via: "guess", type: null, title: null }));
}

async function checkCandidate(fetcher: Fetcher, link: FeedLink): Promise<FoundFeed | null> {
  const bytes = await fetchBytes(fetcher, link.url);
  if ("error" in bytes) return null;
  const parsed = parseFeed(bytes);
  if (parsed.error !== null) return null;
  const feed = found(bytes.movedTo ?? link.url, parsed, link.via);
  return { ...feed, title: feed.title ?? link.title };
}

function found(url: string, parsed: ParsedFeed, via: FoundFeed["via"]): FoundFeed {
  return {
    url,
    format: parsed.format,
    title: parsed.feed.title,
    authorName: parsed.feed.author?.name ?? parsed.entries[0]?.author?.name ?? null,
    siteLink: parsed.feed.link,
    entryLinks: parsed.entries.flatMap((e) => e.link ?? []),
    via,
  };
}

/** One feed reached by two URLs (a redirect, a trailing slash) is listed once. */
function unique(feeds: FoundFeed[]): FoundFeed[] {
  const seen = new Set<string>();
  return feeds.filter((f) => {
    const key = `${f.format}\u0000${f.title}\u0000${f.entryLinks.join(" ")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
