/**
 * Planning one feed update apart from any database: which incoming entries are new, which
 * stored ones they rewrite (edited, or moved to a new key), which are unchanged. Pure, so
 * every backend stores the same decisions.
 */
import type { Entry, EntryFacts } from "../model.js";
import { riverDate } from "./entry-date.js";
import { contentHash, type EntryHashes, fieldsHash } from "./hashes.js";
import { assignKeys, dropDuplicateKeys, hasRepeatedIds, type KeyedEntry } from "./identity.js";
import { type ExistingEntry, type Match, matchEntries } from "./match-entries.js";

export type { ExistingEntry } from "./match-entries.js";

/** What the store remembers about a feed's ids between updates. */
export interface IdPolicy {
  /** The ids were caught repeating or changing, so keys come from links. Sticky. */
  untrusted: boolean;
  /** Consecutive updates in which every known entry came back under a new id. */
  churn: number;
}

/** An entry's columns that any write sets. */
export interface EntryWrite {
  key: string;
  entry: Entry;
  contentHash: string;
  fieldsHash: string;
  /** The facts of this version of the entry, when computed ahead; stored beside it. */
  facts: EntryFacts | null;
}

/** A new entry: also its river date, first sighting and backfill mark, which never change. */
export interface EntryInsert extends EntryWrite {
  date: string;
  firstSeen: string;
  backfill: boolean;
}

/** A stored entry to rewrite, found under `fromKey` (equal to `key` unless it moved). */
export interface EntryRewrite extends EntryWrite {
  fromKey: string;
}

/** Everything one update will write. */
export interface UpdatePlan {
  inserts: EntryInsert[];
  rewrites: EntryRewrite[];
  unchanged: number;
  policy: IdPolicy;
  /** Said about the feed's entries (ids distrusted, duplicates dropped), for the health page. */
  warnings: string[];
}

/** What the planner reads. */
export interface PlanInput {
  existing: readonly ExistingEntry[];
  entries: readonly Entry[];
  policy: IdPolicy;
  /** "YYYY-MM-DDTHH:MM:SSZ". */
  now: string;
  newFeedItems: number;
  /** The hashes of `entries`, index for index, when computed ahead; else computed here. */
  hashes?: readonly EntryHashes[];
  /** The facts of `entries`, index for index, when computed ahead (null: not computed). */
  facts?: readonly (EntryFacts | null)[];
}

/**
 * Updates in a row in which every known entry came back under a new id before the ids are
 * distrusted. One such update is a blog that migrated once (its entries are moved to the new
 * ids); a second in a row is a feed minting ids per fetch.
 */
export const CHURN_LIMIT = 2;

/** Decides what an update writes; see the module comment. */
export function planUpdate(input: PlanInput): UpdatePlan {
  const warnings: string[] = [];
  let untrusted = input.policy.untrusted;
  if (!untrusted && hasRepeatedIds(input.entries)) {
    untrusted = true;
    warnings.push("entry ids repeat for different entries: entries are identified by their links");
  }
  let keyed = keyEntries(input.entries, !untrusted, warnings);
  let matches = matchEntries(input.existing, keyed);
  let churn = untrusted ? 0 : nextChurn(input.policy.churn, matches);
  if (churn >= CHURN_LIMIT) {
    untrusted = true;
    churn = 0;
    warnings.push("entry ids change from fetch to fetch: entries are identified by their links");
    keyed = keyEntries(input.entries, false, []);
    matches = matchEntries(input.existing, keyed);
  }
  return { ...writes(matches, input, !untrusted), policy: { untrusted, churn }, warnings };
}

function keyEntries(
  entries: readonly Entry[],
  trustIds: boolean,
  warnings: string[],
): KeyedEntry[] {
  const all = assignKeys(entries, trustIds);
  const unique = dropDuplicateKeys(all);
  const dropped = all.length - unique.length;
  if (dropped > 0)
    warnings.push(`${dropped} entries appeared twice in the feed and were stored once`);
  return unique;
}

/** Counts an update in which id-keyed entries were found only by link or title, never by id. */
function nextChurn(churn: number, matches: readonly Match[]): number {
  const byId = matches.filter((m) => m.keyed.source === "id" && m.existing !== null);
  if (byId.length === 0) return churn;
  return byId.every((m) => m.moved) ? churn + 1 : 0;
}

function writes(
  matches: readonly Match[],
  input: PlanInput,
  trustIds: boolean,
): Omit<UpdatePlan, "policy" | "warnings"> {
  const inserts: EntryInsert[] = [];
  const rewrites: EntryRewrite[] = [];
  const hashes = byEntry(input.entries, input.hashes);
  const facts = byEntry(input.entries, input.facts);
  let unchanged = 0;
  for (const { keyed, existing, moved } of matches) {
    const known = hashes.get(keyed.entry);
    const write: EntryWrite = {
      key: keyed.key,
      entry: keyed.entry,
      facts: facts.get(keyed.entry) ?? null,
      contentHash: "",
      fieldsHash: known && trustIds ? known.fields : fieldsHash(keyed.entry, trustIds),
    };
    if (existing !== null && !moved && existing.fieldsHash === write.fieldsHash) {
      unchanged++;
      continue;
    }
    write.contentHash = known?.content ?? contentHash(keyed.entry);
    if (existing !== null) rewrites.push({ ...write, fromKey: existing.key });
    else {
      const date = riverDate(keyed.entry, input.now);
      inserts.push({ ...write, date, firstSeen: input.now, backfill: false });
    }
  }
  markBackfill(inserts, input.newFeedItems);
  return { inserts, rewrites, unchanged };
}

// What was computed ahead for each entry; nothing when it does not line up with the entries.
function byEntry<T>(entries: readonly Entry[], ahead: readonly T[] | undefined): Map<Entry, T> {
  if (ahead?.length !== entries.length) return new Map();
  return new Map(entries.map((entry, i) => [entry, ahead[i] as T]));
}

/**
 * Flood protection: when one update brings more new entries than `newFeedItems` (a newly
 * added feed, an imported archive, ids that all changed), only the newest of them enter the
 * river; the rest are kept as backfill. The same rule Planet Venus applies to new feeds
 * (its `new_feed_items` option: https://intertwingly.net/code/venus/docs/config.html).
 */
function markBackfill(inserts: EntryInsert[], newFeedItems: number): void {
  const visible = Math.max(0, Math.floor(newFeedItems));
  if (inserts.length <= visible) return;
  const newestFirst = inserts
    .map((insert, index) => ({ insert, index }))
    .sort((a, b) =>
      a.insert.date === b.insert.date ? a.index - b.index : a.insert.date < b.insert.date ? 1 : -1,
    );
  for (const { insert } of newestFirst.slice(visible)) insert.backfill = true;
}
