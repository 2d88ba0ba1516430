/** Choosing among a page's feeds: main feeds before comment feeds, Atom and JSON before RSS. */
import type { FeedFormat } from "../model.js";

/** A candidate that was fetched and parsed as a feed. */
export interface FoundFeed {
  url: string;
  format: FeedFormat;
  title: string | null;
  authorName: string | null;
  siteLink: string | null;
  /** The links of its entries, to tell one blog's Atom and RSS apart from two blogs. */
  entryLinks: string[];
  /** How it was found: the URL given, advertised in the page, linked from it, or guessed. */
  via: "given" | "link" | "anchor" | "guess" | "page";
}

const VIA_ORDER = ["given", "link", "anchor", "guess", "page"] as const;

/** True for a feed of comments rather than posts (WordPress /comments/feed/, "Comments on"). */
export function isCommentFeed(feed: FoundFeed): boolean {
  return (
    /\/comments?(\/|\.|-|$)/i.test(new URL(feed.url).pathname) ||
    /\bcomments?\b|\bkommentare\b|\bcommentaires\b/i.test(feed.title ?? "")
  );
}

function formatRank(format: FeedFormat): number {
  if (format.startsWith("atom") || format.startsWith("json")) return 0;
  return format === "html" ? 2 : 1;
}

/** The best first; stable otherwise (the page's own order). */
export function rankFeeds(feeds: readonly FoundFeed[]): FoundFeed[] {
  const key = (f: FoundFeed) => [
    isCommentFeed(f) ? 1 : 0,
    formatRank(f.format),
    VIA_ORDER.indexOf(f.via),
  ];
  return [...feeds].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  });
}

/**
 * True when the ranked feeds leave a real choice: two main feeds that carry different entries.
 * The Atom and RSS versions of one blog are one choice (the first, Atom, wins).
 */
export function isAmbiguous(ranked: readonly FoundFeed[]): boolean {
  const main = ranked.filter((f) => !isCommentFeed(f) && f.via !== "page");
  if (main.length === 0) return ranked.length > 1;
  return main.some((f) => !sameEntries(f, main[0]));
}

function sameEntries(a: FoundFeed, b: FoundFeed): boolean {
  if (a.entryLinks.length === 0 || b.entryLinks.length === 0) return a.title === b.title;
  const links = new Set(a.entryLinks);
  return b.entryLinks.length === links.size && b.entryLinks.every((link) => links.has(link));
}
