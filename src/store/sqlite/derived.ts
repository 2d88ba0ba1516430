/**
 * What builds derive from entry bodies (facts), kept beside the entries. Each value names the
 * entry version (fields_hash) it came from, so an edited entry whose facts were not given reads
 * as underived, and nothing ever has to be cleared.
 */
import type { Database } from "better-sqlite3";
import type { EntryFacts, ListedEntry } from "../../model.js";
import type { EntryFactsWrite, EntryQuery, ExcerptCutWrite } from "../store.js";
import { listWhere, META_COLUMNS, sharer } from "./entries.js";
import { cutParams } from "./excerpt-cuts.js";

// A listed row as an array (better-sqlite3's raw mode): META_COLUMNS' order, then the facts.
// A build lists every entry, and arrays cost less to make than objects keyed by column.
type ListedRow = [
  feedUrl: string,
  personId: string,
  key: string,
  id: string | null,
  title: string | null,
  link: string | null,
  date: string,
  published: string | null,
  updated: string | null,
  categories: string,
  language: string | null,
  firstSeen: string,
  contentHash: string,
  version: string,
  backfill: number,
  hasText: number | null,
  bodyLanguage: string | null,
];

// Facts count only for the version they were derived from.
const LISTED = `SELECT ${META_COLUMNS}, x.has_text, x.language AS body_language
  FROM entries e INDEXED BY entries_listing JOIN feeds f ON f.url = e.feed_url
  LEFT JOIN entry_facts x ON x.feed_url = e.feed_url AND x.key = e.key
    AND x.version = e.fields_hash`;
// Newest first; equal dates in index order (a build orders them itself), so no sort is needed.
const ORDER = "ORDER BY e.date DESC LIMIT @limit";

function listedReader(): (row: ListedRow) => ListedEntry {
  const share = sharer();
  const facts = new Map<string, EntryFacts>();
  const factsOf = (hasText: number | null, language: string | null): EntryFacts | null => {
    if (hasText === null) return null;
    const key = `${hasText} ${language}`;
    let found = facts.get(key);
    if (found === undefined) {
      found = { hasText: hasText === 1, language };
      facts.set(key, found);
    }
    return found;
  };
  // A key is often the id or the link, and the dates are often one: equal strings are kept
  // once (a listing is 100,000 entries for a big planet, and each string read is a new copy).
  const same = <T extends string | null>(value: T, ...earlier: (string | null)[]): T => {
    for (const other of earlier) if (other === value) return other as T;
    return value;
  };
  return (row) => {
    const key = row[2];
    const id = same(row[3], key);
    const date = row[6];
    const published = same(row[7], date);
    return {
      key,
      feedUrl: share.string(row[0]),
      personId: share.string(row[1]),
      id,
      title: row[4],
      link: same(row[5], key, id),
      date,
      published,
      updated: same(row[8], published, date),
      categories: share.list(row[9]),
      language: share.string(row[10]),
      firstSeen: same(row[11], date),
      contentHash: row[12],
      backfill: row[14] === 1,
      version: row[13],
      facts: factsOf(row[15], row[16]),
    };
  };
}

/** Prepared statements on the derived values. */
export function prepareDerived(db: Database) {
  const listAll = db
    .prepare<Record<string, unknown>, ListedRow>(`${LISTED} WHERE ${listWhere({}).where} ${ORDER}`)
    .raw(true);
  const listFeeds = db
    .prepare<Record<string, unknown>, ListedRow>(
      `${LISTED} WHERE ${listWhere({ feedUrls: [] }).where} ${ORDER}`,
    )
    .raw(true);
  const saveFacts = db.prepare(`INSERT OR REPLACE INTO entry_facts (feed_url, key, version,
    has_text, language, cut_words, cut_end, cut_close) VALUES (@feed_url, @key, @version,
    @has_text, @language, @cut_words, @cut_end, @cut_close)`);
  const saveCut = db.prepare(`UPDATE entry_facts SET cut_words = @cut_words, cut_end = @cut_end,
    cut_close = @cut_close WHERE feed_url = @feed_url AND key = @key AND version = @version`);
  const saveFact = (row: EntryFactsWrite) => {
    saveFacts.run({
      feed_url: row.feedUrl,
      key: row.key,
      version: row.version,
      has_text: row.facts.hasText ? 1 : 0,
      language: row.facts.language,
      ...cutParams(row.facts.cut ?? null),
    });
  };
  return {
    list(query: EntryQuery): ListedEntry[] {
      const { params } = listWhere(query);
      const read = listedReader();
      const listed: ListedEntry[] = [];
      const statement = query.feedUrls === undefined ? listAll : listFeeds;
      for (const row of statement.iterate(params)) listed.push(read(row));
      return listed;
    },
    saveFacts: db.transaction((rows: readonly EntryFactsWrite[]) => {
      for (const row of rows) saveFact(row);
    }),
    saveCuts: db.transaction((rows: readonly ExcerptCutWrite[]) => {
      for (const { feedUrl, key, version, cut } of rows)
        saveCut.run({ feed_url: feedUrl, key, version, ...cutParams(cut) });
    }),
    /** One entry version's facts, within the caller's transaction. */
    saveFact,
  };
}
