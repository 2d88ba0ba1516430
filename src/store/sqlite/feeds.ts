/** The feeds table: each subscription, its own metadata, its fetch state and its id policy. */
import type { Database } from "better-sqlite3";
import type { FetchState, StoredFeed, SubscriptionSpec } from "../../model.js";
import type { IdPolicy } from "../plan-update.js";

/** The columns holding a FetchState (besides url). */
export const STATE_COLUMNS = [
  "etag",
  "last_modified",
  "last_status",
  "last_fetched",
  "last_success",
  "last_error",
  "consecutive_failures",
  "first_failure",
  "next_due",
  "moved_to",
  "gone",
] as const;
const UPDATE_COLUMNS = [
  ...STATE_COLUMNS,
  "person_id",
  "title",
  "site_link",
  "warnings",
  "ids_untrusted",
  "id_churn",
];

/** A row of `feeds` as SQLite returns it. */
export interface FeedRow {
  url: string;
  person_id: string;
  active: number;
  title: string | null;
  site_link: string | null;
  etag: string | null;
  last_modified: string | null;
  last_status: number | null;
  last_fetched: string | null;
  last_success: string | null;
  last_error: string | null;
  consecutive_failures: number;
  first_failure: string | null;
  next_due: string | null;
  moved_to: string | null;
  gone: number;
  warnings: string;
  ids_untrusted: number;
  id_churn: number;
}

/** What an update writes to its feed's row besides the fetch state. */
export interface FeedMeta {
  personId: string;
  title: string | null;
  siteLink: string | null;
  warnings: string[];
  policy: IdPolicy;
}

/** INSERT or UPDATE of `columns`, writing nothing when every value is already stored. */
function upsertSql(columns: readonly string[]): string {
  const inserted = ["url", "person_id", ...columns.filter((c) => c !== "person_id")];
  return `INSERT INTO feeds (${inserted.join(", ")}) VALUES (${inserted.map((c) => `@${c}`).join(", ")})
    ON CONFLICT (url) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(", ")}
    WHERE (${columns.map((c) => `feeds.${c}`).join(", ")}) IS NOT (${columns.map((c) => `excluded.${c}`).join(", ")})`;
}

function stateParams(state: FetchState) {
  return {
    etag: state.etag,
    last_modified: state.lastModified,
    last_status: state.lastStatus,
    last_fetched: state.lastFetched,
    last_success: state.lastSuccess,
    last_error: state.lastError,
    consecutive_failures: state.consecutiveFailures,
    first_failure: state.firstFailure,
    next_due: state.nextDue,
    moved_to: state.movedTo,
    gone: state.gone ? 1 : 0,
  };
}

/** The fetch state held in a feeds row. */
export function toFetchState(row: FeedRow): FetchState {
  return {
    url: row.url,
    etag: row.etag,
    lastModified: row.last_modified,
    lastStatus: row.last_status,
    lastFetched: row.last_fetched,
    lastSuccess: row.last_success,
    lastError: row.last_error,
    consecutiveFailures: row.consecutive_failures,
    firstFailure: row.first_failure,
    nextDue: row.next_due,
    movedTo: row.moved_to,
    gone: row.gone === 1,
  };
}

function toStoredFeed(
  row: FeedRow & { entry_count: number; last_post: string | null },
): StoredFeed {
  return {
    url: row.url,
    personId: row.person_id,
    title: row.title,
    siteLink: row.site_link,
    state: toFetchState(row),
    entryCount: row.entry_count,
    lastPost: row.last_post,
    warnings: JSON.parse(row.warnings) as string[],
  };
}

/** Prepared statements on `feeds`. */
export function prepareFeeds(db: Database) {
  const subscribe = db.prepare(`INSERT INTO feeds (url, person_id) VALUES (?, ?)
    ON CONFLICT (url) DO UPDATE SET person_id = excluded.person_id, active = 1
    WHERE (feeds.person_id, feeds.active) IS NOT (excluded.person_id, 1)`);
  const deactivateOthers = db.prepare(
    "UPDATE feeds SET active = 0 WHERE active = 1 AND url NOT IN (SELECT value FROM json_each(?))",
  );
  const get = db.prepare<[string], FeedRow>("SELECT * FROM feeds WHERE url = ?");
  const saveState = db.prepare(upsertSql(STATE_COLUMNS));
  const saveUpdate = db.prepare(upsertSql(UPDATE_COLUMNS));
  const list = db.prepare<[number], FeedRow & { entry_count: number; last_post: string | null }>(`
    SELECT f.*,
      (SELECT count(*) FROM entries e WHERE e.feed_url = f.url) AS entry_count,
      (SELECT max(e.date) FROM entries e WHERE e.feed_url = f.url) AS last_post
    FROM feeds f WHERE ? = 1 OR f.active = 1 ORDER BY f.url`);
  return {
    get: (url: string): FeedRow | null => get.get(url) ?? null,
    /** Upserts the config's feeds and marks those no longer listed inactive. */
    sync(subscriptions: readonly SubscriptionSpec[]): void {
      for (const sub of subscriptions) subscribe.run(sub.url, sub.personId);
      deactivateOthers.run(JSON.stringify(subscriptions.map((s) => s.url)));
    },
    /** A feed never synced is stored with no person (the config will name one). */
    saveState(state: FetchState): void {
      saveState.run({ url: state.url, person_id: "", ...stateParams(state) });
    },
    saveUpdate(url: string, state: FetchState, meta: FeedMeta): void {
      saveUpdate.run({
        url,
        ...stateParams(state),
        person_id: meta.personId,
        title: meta.title,
        site_link: meta.siteLink,
        warnings: JSON.stringify(meta.warnings),
        ids_untrusted: meta.policy.untrusted ? 1 : 0,
        id_churn: meta.policy.churn,
      });
    },
    list: (includeInactive: boolean): StoredFeed[] =>
      list.all(includeInactive ? 1 : 0).map(toStoredFeed),
  };
}
