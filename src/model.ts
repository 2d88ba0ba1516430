/**
 * The plain data that Orrery's stages hand to each other. Types only: no I/O, no classes.
 * Dates are always strings of the form "YYYY-MM-DDTHH:MM:SSZ" (UTC) unless stated otherwise.
 */

// ─── parse: bytes in, one normalized feed out (see specs/parse-json.md) ──────────────────

/** The formats the parser recognises, by content. "" when unknown. */
export type FeedFormat =
  | "atom10"
  | "atom03"
  | "rss090"
  | "rss091"
  | "rss092"
  | "rss093"
  | "rss094"
  | "rss20"
  | "rss10"
  | "json10"
  | "json11"
  | "html"
  | "";

export interface Link {
  href: string;
  rel: string;
  type: string | null;
  title: string | null;
  length: number | null;
}

export interface Person {
  name: string | null;
  email: string | null;
  uri: string | null;
}

export interface Enclosure {
  url: string;
  type: string | null;
  length: number | null;
}

export interface Feed {
  title: string | null;
  subtitle: string | null;
  link: string | null;
  links: Link[];
  id: string | null;
  updated: string | null;
  published: string | null;
  language: string | null;
  rights: string | null;
  generator: string | null;
  icon: string | null;
  logo: string | null;
  author: Person | null;
  categories: string[];
  /** Minimum seconds between fetches the publisher asks for (RSS ttl, sy:updatePeriod). */
  updateInterval: number | null;
}

export interface Entry {
  id: string | null;
  title: string | null;
  link: string | null;
  links: Link[];
  published: string | null;
  updated: string | null;
  author: Person | null;
  contributors: Person[];
  categories: string[];
  language: string | null;
  /** HTML. Raw out of the parser; sanitized once the sanitize stage has run. */
  summary: string | null;
  /** HTML of the full content. Raw out of the parser; sanitized once the sanitize stage has run. */
  content: string | null;
  enclosures: Enclosure[];
  /** A thumbnail or lead image (media:thumbnail, itunes:image, JSON image), absolute. */
  image: string | null;
  /**
   * The base URL that relative URLs in summary/content resolve against: the xml:base in
   * scope, else the entry link, else the feed URL. null when none is known.
   */
  base: string | null;
}

export interface ParsedFeed {
  /** Set only when nothing could be read (not a feed at all, empty, unreadable). */
  error: string | null;
  format: FeedFormat;
  wellFormed: boolean;
  warnings: string[];
  encoding: string | null;
  feed: Feed;
  entries: Entry[];
}

/** What the parser reads: the bytes plus what HTTP (or the file system) said about them. */
export interface FeedBytes {
  body: Uint8Array;
  /** The document URL (after redirects); relative URLs resolve against it. */
  url: string | null;
  /** The HTTP Content-Type header, if any (its charset takes part in decoding). */
  contentType: string | null;
}

// ─── config: what the planet maintainer wrote ────────────────────────────────────────────

export interface NamedLink {
  /** The link's label as written in the config: "homepage", "bugs", "mastodon", ... */
  name: string;
  url: string;
}

export interface PersonSpec {
  /** The key under `people:`; stable, used in URLs of per-person pages. */
  id: string;
  name: string;
  nick: string | null;
  /** Absolute URL, or a path relative to the config folder (copied into the site). */
  avatar: string | null;
  links: NamedLink[];
}

export interface EntryFilter {
  /** Regular expressions (source text, matched case-insensitively) on title and content. */
  include: string | null;
  exclude: string | null;
}

export interface SubscriptionSpec {
  /** http(s) URL, file:// URL, or absolute local path (relative paths are resolved by config). */
  url: string;
  personId: string;
  /** A display title overriding the feed's own. */
  title: string | null;
  /** Tags that planets select by. */
  tags: string[];
  filter: EntryFilter | null;
  userAgent: string | null;
  headers: Record<string, string>;
  /** Set for a web page read as a feed (`type: html`); absent or null for a feed. */
  html?: HtmlSource | null;
}

/** How entries are read from a web page that has no feed. */
export interface HtmlSource {
  /** null: h-feed/h-entry microformats; else CSS selector rules. */
  rules: HtmlRules | null;
}

/** CSS selectors for a page's entries; each but `entry` is relative to one entry element. */
export interface HtmlRules {
  entry: string;
  title: string | null;
  /** The first match's href (or its first link's href). */
  link: string | null;
  /** The text of every match, joined in document order (or a datetime attribute). */
  date: string | null;
  /** A pattern such as "MMM DDYYYY * HH:mm" (see docs/config.md); null: any known date shape. */
  dateFormat: string | null;
  /** IANA zone of the times `dateFormat` reads; absent or null: UTC. */
  timeZone?: string | null;
  content: string | null;
  author: string | null;
}

/** A selection rule of a planet: every listed criterion must match (lists match any member). */
export interface PlanetSelector {
  tags: string[];
  categories: string[];
  people: string[];
  languages: string[];
  /** Regular expression source on the entry title. */
  title: string | null;
  /** Regular expression source on the entry content (plain text). */
  content: string | null;
}

export interface PlanetSpec {
  /** The key under `planets:`. */
  id: string;
  title: string;
  description: string | null;
  /** Absolute URL of the planet (site link + path). */
  link: string;
  /** Folder inside the output, "" for the site root, else ending with "/". */
  path: string;
  /** Entries must match this (null: everything). */
  include: PlanetSelector | null;
  /** Entries matching this are left out (null: nothing). */
  exclude: PlanetSelector | null;
  /** The front page shows the last `days` days... */
  days: number | null;
  /** ...and at most `entriesPerPage` entries per page. */
  entriesPerPage: number;
  /** Cut entries to an excerpt of this many words; null shows full content. */
  excerptWords: number | null;
  /** IANA time zone for day headings and times. */
  timeZone: string;
  /** BCP 47 language of the page chrome. */
  language: string;
  /** Localizable strings of the theme ("Continue reading", ...). */
  strings: Record<string, string>;
}

export interface FetchSettings {
  /** Whole-request time limit in seconds (connect + headers + body). */
  timeoutSeconds: number;
  /** Largest body accepted, after decompression, in bytes. */
  maxBytes: number;
  concurrency: number;
  perHostConcurrency: number;
  /** Sent as User-Agent; names Orrery and the planet's URL. */
  userAgent: string;
  /** "report": say a feed moved; "rewrite": also fetch the new URL from then on. */
  followPermanentRedirects: "report" | "rewrite";
  allowPrivateAddresses: boolean;
  /** Seconds between fetches of a healthy feed. */
  minIntervalSeconds: number;
  /** How many entries of a new or re-imported feed may enter the river at once. */
  newFeedItems: number;
}

export interface SiteConfig {
  /** Absolute path of the config file. */
  file: string;
  /** Absolute path of the folder holding it; relative paths resolve against it. */
  dir: string;
  title: string;
  link: string;
  description: string | null;
  owner: { name: string | null; email: string | null };
  /** SQLite file path (absolute) or a postgres:// URL. */
  database: string;
  /** Absolute path of the published site. */
  output: string;
  /** Absolute path of a theme override folder, or null. */
  theme: string | null;
  people: PersonSpec[];
  subscriptions: SubscriptionSpec[];
  planets: PlanetSpec[];
  fetch: FetchSettings;
  /** Extra iframe hosts allowed in entries (PeerTube instances, ...). */
  embedHosts: string[];
  /** Category aliases: canonical lower-case name → other spellings. */
  categoryAliases: Record<string, string[]>;
}

// ─── fetch: one request's outcome, and the state kept between requests ───────────────────

export interface FetchState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  lastStatus: number | null;
  lastFetched: string | null;
  lastSuccess: string | null;
  /** The last error in plain words, null after a success. */
  lastError: string | null;
  consecutiveFailures: number;
  firstFailure: string | null;
  /** Not fetched again before this time unless forced. */
  nextDue: string | null;
  /** Where a permanent redirect pointed. */
  movedTo: string | null;
  gone: boolean;
}

interface FetchOutcomeBase {
  /** The URL asked for. */
  url: string;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  /** Set when a permanent redirect (301/308) was followed. */
  movedTo: string | null;
  status: number | null;
  etag: string | null;
  lastModified: string | null;
  /** From Cache-Control max-age / Retry-After / Expires, in seconds. */
  retryAfterSeconds: number | null;
  maxAgeSeconds: number | null;
  /** How long the request took, in milliseconds. */
  elapsedMs: number;
}

export type FetchOutcome =
  | (FetchOutcomeBase & { kind: "ok"; body: Uint8Array; contentType: string | null })
  | (FetchOutcomeBase & { kind: "not-modified" })
  | (FetchOutcomeBase & { kind: "gone" })
  | (FetchOutcomeBase & { kind: "error"; reason: string });

// ─── store: what is kept between runs ────────────────────────────────────────────────────

/** A stored entry without its bodies: what selecting, deduplicating and paging look at. */
export interface StoredEntryMeta {
  /** Stable identity within its feed (id, link, or a hash; see the store). */
  key: string;
  feedUrl: string;
  personId: string;
  id: string | null;
  title: string | null;
  link: string | null;
  /** The date the river orders by: the entry's date, or first_seen when absent or future. */
  date: string;
  published: string | null;
  updated: string | null;
  categories: string[];
  language: string | null;
  firstSeen: string;
  /** Hash of the normalized content, for duplicate detection across feeds. */
  contentHash: string;
  /** True for entries that arrived in bulk (new feed, migrated blog) and are kept out of the river. */
  backfill: boolean;
  /** Changes whenever any stored field does: what values derived from the entry are keyed by. */
  version: string;
}

/** One entry as stored: the sanitized normalized entry plus what the planet needs. */
export interface StoredEntry extends StoredEntryMeta {
  author: Person | null;
  summary: string | null;
  content: string | null;
  enclosures: Enclosure[];
  image: string | null;
}

/** What a build derives from an entry's body once per version; the store caches it. */
export interface EntryFacts {
  /** The body has visible text (entries without one all share one content hash). */
  hasText: boolean;
  /** The body's language: its outermost `lang`, else detected from its words; null when unsure. */
  language: string | null;
  /**
   * Where the river's excerpt of the body ends, for the site's excerpt length: derived with the
   * facts when the site has one (see `siteExcerptWords`), so a build need not scan the body.
   */
  cut?: ExcerptCut | null;
}

/** An excerpt found ahead: the body's first `end` characters, then `close`. */
export interface ExcerptCut {
  /** The word count it was cut for. */
  words: number;
  /** null: nothing was left out, the excerpt is the whole body. */
  end: number | null;
  /** The end tags of the elements open at the cut, innermost first. */
  close: string;
}

/** An entry's metadata as listed for a build, with its cached facts (null: not derived yet). */
export interface ListedEntry extends StoredEntryMeta {
  facts: EntryFacts | null;
}

/** Identifies one stored entry. */
export interface EntryRef {
  feedUrl: string;
  key: string;
}

/** An entry's bodies, as a page needs them. */
export interface StoredBody extends EntryRef {
  summary: string | null;
  content: string | null;
  /** The stored entry version's bodies are of (fields hash). */
  version: string;
  /** The excerpt's cut derived with the version's facts, if any. */
  cut: ExcerptCut | null;
}

/** A feed as the store knows it: its subscription, its own metadata and its fetch health. */
export interface StoredFeed {
  url: string;
  personId: string;
  /** The feed's own title (the subscription's display title wins when rendering). */
  title: string | null;
  /** The site the feed belongs to. */
  siteLink: string | null;
  state: FetchState;
  entryCount: number;
  lastPost: string | null;
  warnings: string[];
}

// ─── planet: the river, ready to render ──────────────────────────────────────────────────

/**
 * An entry as the planet stage takes it: metadata and facts, not the body, so a build plans a
 * river of 100,000 entries without reading them all.
 */
export interface PlanetEntry extends StoredEntryMeta {
  facts: EntryFacts;
  /** The body as plain text: given only when a content pattern of the planet or feed needs it. */
  text?: string;
}

/** An entry placed in a river. Its body is fetched when a page showing it is rendered. */
export interface RiverEntry {
  entry: PlanetEntry;
  person: PersonSpec;
  subscription: SubscriptionSpec;
  /** Feed title (display title, else the feed's own). */
  feedTitle: string | null;
  /** The language the entry is written in (declared or detected), or null. */
  language: string | null;
}

/** What a page shows of an entry's body. */
export interface EntryBody {
  /** Sanitized HTML: the full content or an excerpt. */
  html: string;
  /** True when `html` is an excerpt and "Continue reading" should follow. */
  truncated: boolean;
}

/** Consecutive entries by one person: rendered under one author header. */
export interface AuthorRun {
  person: PersonSpec;
  entries: RiverEntry[];
}

/** One calendar day in the planet's time zone. */
export interface DayGroup {
  /** "YYYY-MM-DD" in the planet's time zone. */
  day: string;
  runs: AuthorRun[];
}

/** One page of a river (front page, numbered page, monthly archive, person page). */
export interface RiverPage {
  /** Path of the page inside the planet, "" for its index, e.g. "page/2/", "archive/2019/10/". */
  path: string;
  title: string;
  days: DayGroup[];
  /** Paths of the neighbouring pages, when any. */
  newer: string | null;
  older: string | null;
}

/** Everything a planet shows, selected and arranged; the renderer's input. */
export interface PlanetPlan {
  planet: PlanetSpec;
  /** Every selected entry, deduplicated, newest first (the feeds take the first ones). */
  entries: RiverEntry[];
  /** The front page ("") and numbered older pages ("page/2/", ...). */
  pages: RiverPage[];
  /** One page per month with entries, newest first, path "archive/YYYY/MM/". */
  archives: RiverPage[];
  /** One page per person with entries in this planet, path "people/<id>/". */
  people: RiverPage[];
}

// ─── render and publish ──────────────────────────────────────────────────────────────────

/** One file of the built site, its path relative to the site root ("planet/index.html"). */
export interface SiteFile {
  path: string;
  content: string | Uint8Array;
}
