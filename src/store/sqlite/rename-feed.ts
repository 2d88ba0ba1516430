/** Moving a feed to a new URL (a followed permanent redirect): its state and entries move along. */
import type { Database } from "better-sqlite3";
import { STATE_COLUMNS } from "./feeds.js";

/** Kept from the old row when merging into a feed already stored under the new URL. */
const CARRIED_COLUMNS = [
  ...STATE_COLUMNS,
  "title",
  "site_link",
  "warnings",
  "ids_untrusted",
  "id_churn",
];

/**
 * Renames `from` to `to` in one transaction. When `to` is not stored yet the row is renamed
 * (entries follow through ON UPDATE CASCADE); when it is (the config already names the new
 * URL), entries move over, an entry whose key `to` already holds stays as `to` has it, and the
 * old row's state replaces the new one's. Either way the feed no longer points to a move.
 */
export function prepareRenameFeed(db: Database): (from: string, to: string) => void {
  const exists = db.prepare<[string], { url: string }>("SELECT url FROM feeds WHERE url = ?");
  const rename = db.prepare("UPDATE feeds SET url = @to, moved_to = NULL WHERE url = @from");
  const moveEntries = db.prepare(
    "UPDATE OR IGNORE entries SET feed_url = @to WHERE feed_url = @from",
  );
  const dropLeftovers = db.prepare("DELETE FROM entries WHERE feed_url = @from");
  const carry = db.prepare(`UPDATE feeds SET
    (${CARRIED_COLUMNS.join(", ")}) = (SELECT ${CARRIED_COLUMNS.join(", ")} FROM feeds WHERE url = @from),
    moved_to = NULL WHERE url = @to`);
  const dropFeed = db.prepare("DELETE FROM feeds WHERE url = @from");
  return db.transaction((from: string, to: string): void => {
    if (from === to || exists.get(from) === undefined) return;
    const names = { from, to };
    if (exists.get(to) === undefined) {
      rename.run(names);
      return;
    }
    moveEntries.run(names);
    dropLeftovers.run(names);
    carry.run(names);
    dropFeed.run(names);
  });
}
