/** Namespace URIs of the feed formats and extensions Orrery reads. */
export const NS = {
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/",
  xhtml: "http://www.w3.org/1999/xhtml",
  atom10: "http://www.w3.org/2005/Atom",
  atom03: "http://purl.org/atom/ns#",
  rss10: "http://purl.org/rss/1.0/",
  rss090: "http://my.netscape.com/rdf/simple/0.9/",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  dc: "http://purl.org/dc/elements/1.1/",
  dcterms: "http://purl.org/dc/terms/",
  content: "http://purl.org/rss/1.0/modules/content/",
  media: "http://search.yahoo.com/mrss/",
  itunes: "http://www.itunes.com/dtds/podcast-1.0.dtd",
  sy: "http://purl.org/rss/1.0/modules/syndication/",
} as const;

// Spellings seen in real feeds for the same namespace (feedparser keeps a similar table:
// https://github.com/kurtmckee/feedparser/blob/develop/feedparser/namespaces/).
const ALIASES: ReadonlyMap<string, string> = new Map([
  ["http://search.yahoo.com/mrss", NS.media],
  ["http://www.itunes.com/dtds/podcast-1.0.dtd", NS.itunes],
  ["http://www.itunes.com/dtds/podcast-1.0.dtd/", NS.itunes],
  ["http://purl.org/dc/elements/1.0/", NS.dc],
  ["http://purl.org/dc/elements/1.1", NS.dc],
  ["http://www.w3.org/2005/atom", NS.atom10],
  ["http://www.w3.org/2005/atom/", NS.atom10],
  ["http://purl.org/atom/ns", NS.atom03],
  ["http://purl.org/rss/1.0", NS.rss10],
  ["http://purl.org/rss/1.0/modules/content", NS.content],
  ["http://my.netscape.com/rdf/simple/0.9", NS.rss090],
]);

/** The canonical form of a namespace URI (known aliases folded, case of known ones ignored). */
export function canonicalNs(uri: string): string {
  if (uri === "") return uri;
  return ALIASES.get(uri) ?? ALIASES.get(uri.toLowerCase()) ?? uri;
}

/** Prefixes real feeds use without declaring them; the tolerant pass assumes these URIs. */
export const DEFAULT_PREFIXES: Readonly<Record<string, string>> = {
  xml: NS.xml,
  dc: NS.dc,
  dcterms: NS.dcterms,
  content: NS.content,
  media: NS.media,
  itunes: NS.itunes,
  atom: NS.atom10,
  sy: NS.sy,
  rdf: NS.rdf,
  xhtml: NS.xhtml,
};

/** Namespaces whose elements are plain RSS (0.9x/2.0 have none; some feeds declare one). */
export const RSS_NAMESPACES: ReadonlySet<string> = new Set([
  "",
  NS.rss10,
  NS.rss090,
  "http://backend.userland.com/rss2",
  "http://blogs.law.harvard.edu/tech/rss",
]);
