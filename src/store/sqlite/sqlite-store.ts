/**
 * The Store on one SQLite file. better-sqlite3 is synchronous: each method runs to completion
 * (one transaction where it writes) inside the returned promise, so calls never interleave.
 */
import type { Database } from "better-sqlite3";
import type { PersonSpec, SubscriptionSpec } from "../../model.js";
import { planUpdate } from "../plan-update.js";
import type { FeedUpdate, Store, UpdateSummary } from "../store.js";
import { prepareDerived } from "./derived.js";
import { prepareEntries } from "./entries.js";
import { prepareFeeds, toFetchState } from "./feeds.js";
import { preparePeople } from "./people.js";
import { prepareRenameFeed } from "./rename-feed.js";

/** A Store over an open, migrated database; closing the store closes the database. */
export function createSqliteStore(db: Database): Store {
  const people = preparePeople(db);
  const feeds = prepareFeeds(db);
  const entries = prepareEntries(db);
  const derived = prepareDerived(db);
  const renameFeed = prepareRenameFeed(db);

  const sync = db.transaction((persons: PersonSpec[], subscriptions: SubscriptionSpec[]) => {
    people.sync(persons);
    feeds.sync(subscriptions);
  });

  const apply = db.transaction((update: FeedUpdate): UpdateSummary => {
    const row = feeds.get(update.url);
    const plan = planUpdate({
      existing: row === null ? [] : entries.existing(update.url),
      entries: update.entries,
      policy: { untrusted: row?.ids_untrusted === 1, churn: row?.id_churn ?? 0 },
      now: update.now,
      newFeedItems: update.newFeedItems,
      hashes: update.hashes,
      facts: update.facts,
    });
    // The feed row first: entries reference it.
    feeds.saveUpdate(update.url, update.state, {
      personId: update.personId,
      title: update.feed.title,
      siteLink: update.feed.link,
      warnings: [...update.warnings, ...plan.warnings],
      policy: plan.policy,
    });
    for (const rewrite of plan.rewrites) entries.rewrite(update.url, rewrite);
    for (const insert of plan.inserts) entries.insert(update.url, insert);
    return {
      added: plan.inserts.length,
      updated: plan.rewrites.length,
      unchanged: plan.unchanged,
      backfilled: plan.inserts.filter((insert) => insert.backfill).length,
    };
  });

  let open = true;
  return {
    syncSubscriptions: async (persons, subscriptions) => sync(persons, subscriptions),
    getFetchState: async (url) => {
      const row = feeds.get(url);
      return row === null ? null : toFetchState(row);
    },
    // One statement: atomic on its own, and cheaper without a transaction around it.
    saveFetchState: async (state) => feeds.saveState(state),
    applyFeedUpdate: async (update) => apply(update),
    renameFeed: async (from, to) => renameFeed(from, to),
    listFeeds: async (query = {}) => feeds.list(query.includeInactive === true),
    listEntries: async (query = {}) => entries.list(query),
    listEntryMeta: async (query = {}) => derived.list(query),
    getEntries: async (refs) => entries.get(refs),
    getBodies: async (refs) => entries.bodies(refs),
    saveEntryFacts: async (facts) => derived.saveFacts(facts),
    saveExcerptCuts: async (cuts) => derived.saveCuts(cuts),
    entryVersions: async (feedUrl) => entries.versions(feedUrl),
    close: async () => {
      if (!open) return;
      open = false;
      db.pragma("optimize");
      db.close();
    },
  };
}
