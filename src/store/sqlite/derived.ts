/**
 * What builds derive from entry bodies (facts), kept in the entries' rows: written with the
 * fields they come from (an edit whose facts were not given clears them, so it reads as
 * underived), or later for one version (fields_hash) only. The listing reads them.
 */
import type { Database } from "better-sqlite3";
import type { EntryFacts, ListedEntry } from "../../model.js";
import type { EntryFactsWrite, EntryQuery, ExcerptCutWrite } from "../store.js";
import { listWhere, META_COLUMNS, sharer } from "./entries.js";
import { assignments, CUT_COLUMNS, cutParams, FACT_COLUMNS, factParams } from "./fact-columns.js";

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

const LISTED = `SELECT ${META_COLUMNS}, e.has_text, e.body_language
  FROM entries e INDEXED BY entries_listing JOIN feeds f ON f.url = e.feed_url`;
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
  // Facts are kept only for the version they were derived from: an entry edited since keeps none.
  const ofVersion = "WHERE feed_url = @feed_url AND key = @key AND fields_hash = @version";
  const saveFacts = db.prepare(`UPDATE entries SET ${assignments(FACT_COLUMNS)} ${ofVersion}`);
  const saveCut = db.prepare(`UPDATE entries SET ${assignments(CUT_COLUMNS)} ${ofVersion}`);
  const saveFact = ({ feedUrl, key, version, facts }: EntryFactsWrite) => {
    saveFacts.run({ feed_url: feedUrl, key, version, ...factParams(facts) });
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
  };
}
