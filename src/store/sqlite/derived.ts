/**
 * What builds derive from entry bodies (facts, excerpts), cached beside the entries. Each value
 * names the entry version (fields_hash) it came from, so an edited entry reads as uncached and
 * a refresh never has to compute or clear anything. Readers name the versions they hold, so no
 * lookup has to reach into the entries' rows.
 */
import type { Database } from "better-sqlite3";
import type { CachedExcerpt, EntryFacts, ListedEntry } from "../../model.js";
import type { EntryFactsWrite, EntryQuery, EntryVersion } from "../store.js";
import { listWhere, META_COLUMNS, type MetaRow, metaReader } from "./entries.js";

interface ListedRow extends MetaRow {
  has_text: number | null;
  body_language: string | null;
}

interface ExcerptRow {
  feed_url: string;
  key: string;
  version: string;
  html: string;
  truncated: number;
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
  const excerpts = db.prepare<{ refs: string; words: number }, ExcerptRow>(`SELECT
    x.feed_url, x.key, x.version, x.html, x.truncated FROM json_each(@refs) r
    JOIN excerpts x ON x.feed_url = r.value ->> 0 AND x.key = r.value ->> 1
      AND x.words = @words AND x.version = r.value ->> 2`);
  const saveExcerpt = db.prepare(`INSERT OR REPLACE INTO excerpts (feed_url, key, words, version,
    html, truncated) VALUES (@feed_url, @key, @words, @version, @html, @truncated)`);

  return {
    list(query: EntryQuery): ListedEntry[] {
      const { params } = listWhere(query);
      const rows = query.feedUrls === undefined ? listAll.all(params) : listFeeds.all(params);
      return rows.map(listedReader());
    },
    saveFacts: db.transaction((rows: readonly EntryFactsWrite[]) => {
      for (const row of rows) {
        saveFacts.run({
          feed_url: row.feedUrl,
          key: row.key,
          version: row.version,
          has_text: row.facts.hasText ? 1 : 0,
          language: row.facts.language,
        });
      }
    }),
    excerpts(entries: readonly EntryVersion[], words: number): CachedExcerpt[] {
      const refs = JSON.stringify(entries.map((e) => [e.feedUrl, e.key, e.version]));
      return excerpts.all({ refs, words }).map((row) => ({
        feedUrl: row.feed_url,
        key: row.key,
        version: row.version,
        html: row.html,
        truncated: row.truncated === 1,
      }));
    },
    saveExcerpts: db.transaction((words: number, rows: readonly CachedExcerpt[]) => {
      for (const row of rows) {
        saveExcerpt.run({
          feed_url: row.feedUrl,
          key: row.key,
          words,
          version: row.version,
          html: row.html,
          truncated: row.truncated ? 1 : 0,
        });
      }
    }),
  };
}
