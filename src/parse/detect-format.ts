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

/**
 * The format that a root element's start tag shows; "" when it is no feed, null for <rdf:RDF>,
 * whose children decide (see `rdfDetector`).
 */
export function formatOfRoot(root: XmlElement): FeedFormat | null {
  const name = root.name.toLowerCase();
  if (name === "rss") {
    const version = attr(root, "version")?.trim() ?? "";
    // A missing or unknown version is read as 2.0, which every later RSS is compatible with.
    return RSS_VERSIONS[version] ?? (version.startsWith("0.9") ? "rss092" : "rss20");
  }
  if (name === "rdf") return null;
  if (name === "feed") {
    if (root.ns === NS.atom03) return "atom03";
    if (root.ns === NS.atom10) return "atom10";
    return attr(root, "version")?.trim() === "0.3" ? "atom03" : root.ns === "" ? "atom10" : "";
  }
  if (name === "channel" && RSS_NAMESPACES.has(root.ns)) return "rss20";
  return "";
}

/** The format of an <rdf:RDF> document, told its child elements one by one in document order. */
export interface RdfDetector {
  child(el: XmlElement): void;
  /** RSS 0.90 or 1.0 by the first child in either namespace; "" when it is no feed. */
  format(): FeedFormat;
}

/** A detector for one <rdf:RDF> element. */
export function rdfDetector(): RdfDetector {
  let found: FeedFormat | null = null;
  let hasChannel = false;
  return {
    child(el) {
      if (found === null && el.ns === NS.rss090) found = "rss090";
      else if (found === null && el.ns === NS.rss10) found = "rss10";
      if (el.name === "channel") hasChannel = true;
    },
    format: () => found ?? (hasChannel ? "rss10" : ""),
  };
}
