/**
 * The store's contract, independent of any database: the SQLite implementation lives in
 * ./sqlite/, a PostgreSQL one can implement the same interface.
 */
import type {
  Entry,
  EntryFacts,
  EntryRef,
  ExcerptCut,
  Feed,
  FetchState,
  ListedEntry,
  PersonSpec,
  StoredBody,
  StoredEntry,
  StoredFeed,
  SubscriptionSpec,
} from "../model.js";
import type { EntryHashes } from "./hashes.js";

/** Everything one successful fetch of a feed brings: stored in one transaction. */
export interface FeedUpdate {
  /** The subscription's URL (the key the feed is stored under). */
  url: string;
  personId: string;
  state: FetchState;
  feed: Feed;
  /** Already sanitized. */
  entries: Entry[];
  /** The parser's warnings; replaces the feed's stored warnings (the store may add its own). */
  warnings: string[];
  /** The time of the update, "YYYY-MM-DDTHH:MM:SSZ": first_seen of new entries. */
  now: string;
  /** How many new entries of one update may enter the river; the rest become backfill. */
  newFeedItems: number;
  /** The entries' hashes (entryHashes), index for index, if computed off the store's thread. */
  hashes?: readonly EntryHashes[];
  /**
   * The entries' facts (the planet stage's entryFacts), index for index: stored with the entry
   * version they describe, so builds need not read bodies to plan. A build derives missing ones.
   * null for an entry whose version was already stored (see `entryVersions`): it is not written.
   */
  facts?: readonly (EntryFacts | null)[];
}

/** What an update did to the feed's entries. */
export interface UpdateSummary {
  /** Entries stored for the first time (backfilled ones included). */
  added: number;
  /** Stored entries rewritten: edited, or moved to a new key. */
  updated: number;
  /** Entries seen again exactly as stored: nothing written. */
  unchanged: number;
  /** Of the `added` entries, how many were kept out of the river as backfill. */
  backfilled: number;
}

/** Which entries `listEntries` returns. */
export interface EntryQuery {
  /** Only entries whose river date is at or after this date. */
  since?: string;
  limit?: number;
  /** Only these feeds (inactive ones included when named here). */
  feedUrls?: string[];
  includeBackfill?: boolean;
  /** Also entries of feeds no longer in the config (ignored when `feedUrls` is given). */
  includeInactive?: boolean;
}

/** One version of a stored entry (see `StoredEntryMeta.version`). */
export interface EntryVersion extends EntryRef {
  version: string;
}

/** Facts derived from one version of an entry, to cache. */
export interface EntryFactsWrite extends EntryVersion {
  facts: EntryFacts;
}

/** An excerpt's cut found for one version of an entry whose facts are cached. */
export interface ExcerptCutWrite extends EntryVersion {
  cut: ExcerptCut;
}

/** Which feeds `listFeeds` returns. */
export interface FeedQuery {
  /** Also feeds no longer in the config. */
  includeInactive?: boolean;
}

/** Where Orrery keeps people, feeds, their fetch state and their entries between runs. */
export interface Store {
  /** Upserts people and feeds from the config (feeds removed from the config are kept, marked inactive). */
  syncSubscriptions(people: PersonSpec[], subscriptions: SubscriptionSpec[]): Promise<void>;
  /** The fetch state stored for a feed URL, or null when the feed was never stored. */
  getFetchState(url: string): Promise<FetchState | null>;
  /** Records a fetch that brought no entries (304, error, gone): state only. */
  saveFetchState(state: FetchState): Promise<void>;
  /** One transaction: fetch state + feed metadata + entries. Idempotent. */
  applyFeedUpdate(update: FeedUpdate): Promise<UpdateSummary>;
  /** A permanent redirect with follow_permanent_redirects: rewrite — entries and state move along. */
  renameFeed(from: string, to: string): Promise<void>;
  /** Active feeds (all with `includeInactive`), by URL, with entry count and last post. */
  listFeeds(query?: FeedQuery): Promise<StoredFeed[]>;
  /** Newest first by `date`; backfill entries and inactive feeds excluded unless asked. */
  listEntries(query?: EntryQuery): Promise<StoredEntry[]>;
  /**
   * As `listEntries`, without the bodies and with each entry's cached facts: what builds plan
   * from. Newest first; entries of equal date in no promised order.
   */
  listEntryMeta(query?: EntryQuery): Promise<ListedEntry[]>;
  /** The named entries with their bodies, in any order; unknown ones are left out. */
  getEntries(refs: readonly EntryRef[]): Promise<StoredEntry[]>;
  /** Only the bodies of the named entries, in any order: what pages show of them. */
  getBodies(refs: readonly EntryRef[]): Promise<StoredBody[]>;
  /** Caches facts derived from entry versions (`listEntryMeta` returns them for that version only). */
  saveEntryFacts(facts: readonly EntryFactsWrite[]): Promise<void>;
  /** Keeps excerpt cuts for the named entry versions; entries changed since are left alone. */
  saveExcerptCuts(cuts: readonly ExcerptCutWrite[]): Promise<void>;
  /**
   * The versions (fields hashes) of a feed's stored entries: an entry parsed again with one of
   * them is not written, so its facts need not be derived again.
   */
  entryVersions(feedUrl: string): Promise<Set<string>>;
  /** Closes the connection; the store is unusable afterwards. */
  close(): Promise<void>;
}

/** The outcome of opening a store: the store, or why it could not be opened. */
export type OpenStoreResult = { ok: true; store: Store } | { ok: false; error: string };
