/** The store stage: where people, feeds, fetch state and entries are kept between runs. */
export { FUTURE_TOLERANCE_SECONDS, riverDate } from "./entry-date.js";
export { contentHash, type EntryHashes, entryHashes } from "./hashes.js";
export { openStore } from "./open.js";
export type {
  EntryFactsWrite,
  EntryQuery,
  EntryVersion,
  ExcerptCutWrite,
  FeedQuery,
  FeedUpdate,
  OpenStoreResult,
  Store,
  UpdateSummary,
} from "./store.js";
