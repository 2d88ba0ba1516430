/** The entries table: every entry ever seen, keyed by (feed_url, key), read newest first. */
import type { Database } from "better-sqlite3";
import type {
  Enclosure,
  EntryRef,
  Person,
  StoredBody,
  StoredEntry,
  StoredEntryMeta,
} from "../../model.js";
import type { ExistingEntry } from "../match-entries.js";
import type { EntryInsert, EntryRewrite, EntryWrite } from "../plan-update.js";
import type { EntryQuery } from "../store.js";
import { assignments, cutOf, FACT_COLUMNS, factParams } from "./fact-columns.js";

const FIELD_COLUMNS = [
  "entry_id",
  "title",
  "link",
  "published",
  "updated",
  "author",
  "categories",
  "language",
  "summary",
  "content",
  "enclosures",
  "image",
  "content_hash",
  "fields_hash",
] as const;

/** The metadata columns of a row of `entries` joined with its feed's person. */
interface MetaRow {
  feed_url: string;
  person_id: string;
  key: string;
  entry_id: string | null;
  title: string | null;
  link: string | null;
  date: string;
  published: string | null;
  updated: string | null;
  categories: string;
  language: string | null;
  first_seen: string;
  content_hash: string;
  fields_hash: string;
  backfill: number;
}

/** A whole row of `entries` joined with its feed's person, as SQLite returns it. */
interface EntryRow extends MetaRow {
  author: string | null;
  summary: string | null;
  content: string | null;
  enclosures: string;
  image: string | null;
}

// The fields, and the facts derived from them: a write without facts clears the old version's.
function fieldParams({ key, entry, contentHash, fieldsHash, facts }: EntryWrite) {
  return {
    key,
    entry_id: entry.id,
    title: entry.title,
    link: entry.link,
    published: entry.published,
    updated: entry.updated,
    author: entry.author === null ? null : JSON.stringify(entry.author),
    categories: JSON.stringify(entry.categories),
    language: entry.language,
    summary: entry.summary,
    content: entry.content,
    enclosures: JSON.stringify(entry.enclosures),
    image: entry.image,
    content_hash: contentHash,
    fields_hash: fieldsHash,
    ...factParams(facts),
  };
}

// Most entries have no categories or enclosures: skip JSON.parse for the empty list.
function parseList<T>(json: string): T[] {
  return json === "[]" ? [] : (JSON.parse(json) as T[]);
}

/**
 * One shared copy of values that repeat across a listing (feed URLs, people, languages,
 * category lists): a build holds every entry's metadata at once.
 */
export function sharer() {
  const strings = new Map<string, string>();
  const lists = new Map<string, string[]>();
  return {
    string<T extends string | null>(value: T): T {
      if (value === null) return value;
      const found = strings.get(value);
      if (found !== undefined) return found as T;
      strings.set(value, value);
      return value;
    },
    list(json: string): string[] {
      let found = lists.get(json);
      if (found === undefined) {
        found = parseList<string>(json);
        lists.set(json, found);
      }
      return found;
    },
  };
}

/** The metadata of a row: what every listing returns. */
function toMeta(row: MetaRow): StoredEntryMeta {
  return {
    key: row.key,
    feedUrl: row.feed_url,
    personId: row.person_id,
    id: row.entry_id,
    title: row.title,
    link: row.link,
    date: row.date,
    published: row.published,
    updated: row.updated,
    categories: parseList<string>(row.categories),
    language: row.language,
    firstSeen: row.first_seen,
    contentHash: row.content_hash,
    backfill: row.backfill === 1,
    version: row.fields_hash,
  };
}

function toStoredEntry(row: EntryRow): StoredEntry {
  return {
    ...toMeta(row),
    author: row.author === null ? null : (JSON.parse(row.author) as Person),
    summary: row.summary,
    content: row.content,
    enclosures: parseList<Enclosure>(row.enclosures),
    image: row.image,
  };
}

/** The metadata columns, for listings that leave the bodies out. */
export const META_COLUMNS = `e.feed_url, f.person_id, e.key, e.entry_id, e.title, e.link, e.date,
  e.published, e.updated, e.categories, e.language, e.first_seen, e.content_hash, e.fields_hash,
  e.backfill`;
const BODY_COLUMNS = "e.author, e.summary, e.content, e.enclosures, e.image";
const SELECT = `SELECT ${META_COLUMNS}, ${BODY_COLUMNS} FROM entries e JOIN feeds f ON f.url = e.feed_url`;
// rowid breaks ties between equal dates: the entry stored later comes first.
const ORDER = "ORDER BY e.date DESC, e.rowid DESC LIMIT @limit";

/** The rows a listing query selects, for the full and the light listings alike. */
export function listWhere(query: EntryQuery): { where: string; params: Record<string, unknown> } {
  const params = {
    since: query.since ?? null,
    backfill: query.includeBackfill ? 1 : 0,
    limit: query.limit ?? -1,
  };
  const common = "(@since IS NULL OR e.date >= @since) AND (@backfill = 1 OR e.backfill = 0)";
  if (query.feedUrls !== undefined) {
    return {
      where: `e.feed_url IN (SELECT value FROM json_each(@feeds)) AND ${common}`,
      params: { ...params, feeds: JSON.stringify(query.feedUrls) },
    };
  }
  return {
    where: `${common} AND (@inactive = 1 OR f.active = 1)`,
    params: { ...params, inactive: query.includeInactive ? 1 : 0 },
  };
}

/** Named entries, as one JSON parameter of [feed_url, key] pairs. */
export const REFS_JOIN = `json_each(@refs) r JOIN entries e
  ON e.feed_url = r.value ->> 0 AND e.key = r.value ->> 1`;

export function refsParam(refs: readonly EntryRef[]): string {
  return JSON.stringify(refs.map((ref) => [ref.feedUrl, ref.key]));
}

type BodyRow = [
  feedUrl: string,
  key: string,
  summary: string | null,
  content: string | null,
  version: string,
  cutWords: number | null,
  cutEnd: number | null,
  cutClose: string | null,
];

/** Prepared statements on `entries`. */
export function prepareEntries(db: Database) {
  const existing = db.prepare<
    [string],
    ExistingEntry
  >(`SELECT key, entry_id AS entryId, link, title,
    published, updated, fields_hash AS fieldsHash FROM entries WHERE feed_url = ?`);
  const versions = db
    .prepare<[string], string>("SELECT fields_hash FROM entries WHERE feed_url = ?")
    .pluck(true);
  const written = [...FIELD_COLUMNS, ...FACT_COLUMNS];
  const insert = db.prepare(`INSERT INTO entries (feed_url, key, ${written.join(", ")}, date,
    first_seen, backfill) VALUES (@feed_url, @key, ${written.map((c) => `@${c}`).join(", ")},
    @date, @first_seen, @backfill)`);
  const rewrite = db.prepare(`UPDATE entries SET key = @key, ${assignments(written)}
    WHERE feed_url = @feed_url AND key = @from_key`);
  const listAll = db.prepare<Record<string, unknown>, EntryRow>(
    `${SELECT} WHERE ${listWhere({}).where} ${ORDER}`,
  );
  const listFeeds = db.prepare<Record<string, unknown>, EntryRow>(
    `${SELECT} WHERE ${listWhere({ feedUrls: [] }).where} ${ORDER}`,
  );
  const bodies = db
    .prepare<{ refs: string }, BodyRow>(
      `SELECT e.feed_url, e.key, e.summary, e.content, e.fields_hash, e.cut_words, e.cut_end,
        e.cut_close FROM ${REFS_JOIN}`,
    )
    .raw(true);
  const byRefs = db.prepare<{ refs: string }, EntryRow>(
    `SELECT ${META_COLUMNS}, ${BODY_COLUMNS} FROM ${REFS_JOIN} JOIN feeds f ON f.url = e.feed_url`,
  );
  return {
    /** The light rows the planner matches against: no content. */
    existing: (feedUrl: string): ExistingEntry[] => existing.all(feedUrl),
    versions: (feedUrl: string): Set<string> => new Set(versions.all(feedUrl)),
    insert(feedUrl: string, row: EntryInsert): void {
      const { date, firstSeen, backfill } = row;
      insert.run({
        feed_url: feedUrl,
        ...fieldParams(row),
        date,
        first_seen: firstSeen,
        backfill: backfill ? 1 : 0,
      });
    },
    rewrite(feedUrl: string, row: EntryRewrite): void {
      rewrite.run({ feed_url: feedUrl, from_key: row.fromKey, ...fieldParams(row) });
    },
    list(query: EntryQuery): StoredEntry[] {
      const { params } = listWhere(query);
      const rows = query.feedUrls === undefined ? listAll.all(params) : listFeeds.all(params);
      return rows.map(toStoredEntry);
    },
    /** The bodies of the named entries; unknown ones are left out. */
    bodies(refs: readonly EntryRef[]): StoredBody[] {
      return bodies.all({ refs: refsParam(refs) }).map((row) => ({
        feedUrl: row[0],
        key: row[1],
        summary: row[2],
        content: row[3],
        version: row[4],
        cut: cutOf(row[5], row[6], row[7]),
      }));
    },
    /** The named entries with their bodies; unknown ones are left out. */
    get(refs: readonly EntryRef[]): StoredEntry[] {
      return byRefs.all({ refs: refsParam(refs) }).map(toStoredEntry);
    },
  };
}
