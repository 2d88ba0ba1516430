/** Which feed format a document is, by its content (never by file name or Content-Type). */
import type { FeedFormat } from "../model.js";
import { NS, RSS_NAMESPACES } from "./namespaces.js";
import { attr } from "./xml/query.js";
import type { XmlElement } from "./xml/tree.js";

// RSS versions by the <rss version> attribute; 0.91 covers both Netscape's and Userland's.
const RSS_VERSIONS: Readonly<Record<string, FeedFormat>> = {
  "0.90": "rss090",
  "0.91": "rss091",
  "0.92": "rss092",
  "0.93": "rss093",
  "0.94": "rss094",
};

/** The format of an XML document's root element; "" when it is no feed. */
export function detectXmlFormat(root: XmlElement): FeedFormat {
  const name = root.name.toLowerCase();
  if (name === "rss") {
    const version = attr(root, "version")?.trim() ?? "";
    // A missing or unknown version is read as 2.0, which every later RSS is compatible with.
    return RSS_VERSIONS[version] ?? (version.startsWith("0.9") ? "rss092" : "rss20");
  }
  if (name === "rdf") {
    for (const c of root.children) {
      if (typeof c === "string") continue;
      if (c.ns === NS.rss090) return "rss090";
      if (c.ns === NS.rss10) return "rss10";
    }
    return root.children.some((c) => typeof c !== "string" && c.name === "channel") ? "rss10" : "";
  }
  if (name === "feed") {
    if (root.ns === NS.atom03) return "atom03";
    if (root.ns === NS.atom10) return "atom10";
    return attr(root, "version")?.trim() === "0.3" ? "atom03" : root.ns === "" ? "atom10" : "";
  }
  if (name === "channel" && RSS_NAMESPACES.has(root.ns)) return "rss20";
  return "";
}

/** The root element that a feed reader should read: the first feed-like top-level element. */
export function feedRoot(roots: readonly XmlElement[]): XmlElement | null {
  for (const r of roots) if (detectXmlFormat(r) !== "") return r;
  return roots[0] ?? null;
}
