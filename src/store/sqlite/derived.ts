/**
 * What builds derive from entry bodies (facts), kept beside the entries. Each value names the
 * entry version (fields_hash) it came from, so an edited entry whose facts were not given reads
 * as underived, and nothing ever has to be cleared.
 */
import type { Database } from "better-sqlite3";
import type { EntryFacts, ListedEntry } from "../../model.js";
import type { EntryFactsWrite, EntryQuery } from "../store.js";
import { listWhere, META_COLUMNS, type MetaRow, metaReader } from "./entries.js";

interface ListedRow extends MetaRow {
  has_text: number | null;
  body_language: string | null;
}

// Facts count only for the version they were derived from.
const LISTED = `SELECT ${META_COLUMNS}, x.has_text, x.language AS body_language
  FROM entries e INDEXED BY entries_listing JOIN feeds f ON f.url = e.feed_url
  LEFT JOIN entry_facts x ON x.feed_url = e.feed_url AND x.key = e.key
    AND x.version = e.fields_hash`;
// Newest first; equal dates in index order (a build orders them itself), so no sort is needed.
const ORDER = "ORDER BY e.date DESC LIMIT @limit";

function listedReader(): (row: ListedRow) => ListedEntry {
  const toMeta = metaReader();
  const facts = new Map<string, EntryFacts>();
  const factsOf = (hasText: boolean, language: string | null): EntryFacts => {
    const key = `${hasText} ${language}`;
    let found = facts.get(key);
    if (found === undefined) {
      found = { hasText, language };
      facts.set(key, found);
    }
    return found;
  };
  return (row) => ({
    ...toMeta(row),
    facts: row.has_text === null ? null : factsOf(row.has_text === 1, row.body_language),
  });
}

/** Prepared statements on the derived values. */
export function prepareDerived(db: Database) {
  const listAll = db.prepare<Record<string, unknown>, ListedRow>(
    `${LISTED} WHERE ${listWhere({}).where} ${ORDER}`,
  );
  const listFeeds = db.prepare<Record<string, unknown>, ListedRow>(
    `${LISTED} WHERE ${listWhere({ feedUrls: [] }).where} ${ORDER}`,
  );
  const saveFacts = db.prepare(`INSERT OR REPLACE INTO entry_facts (feed_url, key, version,
    has_text, language) VALUES (@feed_url, @key, @version, @has_text, @language)`);
  const saveFact = (row: EntryFactsWrite) => {
    saveFacts.run({
      feed_url: row.feedUrl,
      key: row.key,
      version: row.version,
      has_text: row.facts.hasText ? 1 : 0,
      language: row.facts.language,
    });
  };
  return {
    list(query: EntryQuery): ListedEntry[] {
      const { params } = listWhere(query);
      const rows = query.feedUrls === undefined ? listAll.all(params) : listFeeds.all(params);
      return rows.map(listedReader());
    },
    saveFacts: db.transaction((rows: readonly EntryFactsWrite[]) => {
      for (const row of rows) saveFact(row);
    }),
    /** One entry version's facts, within the caller's transaction. */
    saveFact,
  };
}
