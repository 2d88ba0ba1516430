/** How `orrery add` lists the feeds a page offers. */
import { type FoundFeed, isCommentFeed } from "../discover/index.js";

const FORMAT_NAMES: Record<string, string> = {
  atom: "Atom",
  rss: "RSS",
  json: "JSON Feed",
  html: "the page itself (h-entry)",
};

/** "https://blog.example.org/feed/ — Atom, "Alice's blog", 12 entries (comments)" */
export function describeChoice(feed: FoundFeed): string {
  const format = FORMAT_NAMES[feed.format.replace(/\d+$/, "")] ?? feed.format;
  const parts = [format];
  if (feed.title) parts.push(`"${feed.title}"`);
  if (feed.via !== "page") parts.push(`${feed.entryLinks.length} entries`);
  if (isCommentFeed(feed)) parts.push("comments");
  return `${feed.url} (${parts.join(", ")})`;
}
