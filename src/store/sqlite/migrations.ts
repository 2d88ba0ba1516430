/**
 * The SQLite schema as an append-only list of versioned steps; the version applied last is
 * kept in `PRAGMA user_version`. Never edit a step once released: add the next one.
 */
import type { Database } from "better-sqlite3";

/** One schema step. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** Every schema step, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "people, feeds with their fetch state, entries",
    sql: `
      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        nick TEXT,
        avatar TEXT,
        links TEXT NOT NULL DEFAULT '[]',
        active INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        person_id TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        title TEXT,
        site_link TEXT,
        etag TEXT,
        last_modified TEXT,
        last_status INTEGER,
        last_fetched TEXT,
        last_success TEXT,
        last_error TEXT,
        consecutive_failures INTEGER NOT NULL DEFAULT 0,
        first_failure TEXT,
        next_due TEXT,
        moved_to TEXT,
        gone INTEGER NOT NULL DEFAULT 0,
        warnings TEXT NOT NULL DEFAULT '[]',
        ids_untrusted INTEGER NOT NULL DEFAULT 0,
        id_churn INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE entries (
        feed_url TEXT NOT NULL REFERENCES feeds (url) ON UPDATE CASCADE,
        key TEXT NOT NULL,
        entry_id TEXT,
        title TEXT,
        link TEXT,
        date TEXT NOT NULL,
        published TEXT,
        updated TEXT,
        author TEXT,
        categories TEXT NOT NULL DEFAULT '[]',
        language TEXT,
        summary TEXT,
        content TEXT,
        enclosures TEXT NOT NULL DEFAULT '[]',
        image TEXT,
        first_seen TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        fields_hash TEXT NOT NULL,
        backfill INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (feed_url, key)
      ) STRICT;

      CREATE INDEX entries_by_date ON entries (date);
      CREATE INDEX entries_by_feed_date ON entries (feed_url, date);
      CREATE INDEX entries_by_content_hash ON entries (content_hash);
    `,
  },
  {
    version: 2,
    description: "a covering index for listing entries; what builds derive from entry bodies",
    sql: `
      -- Listing every entry's metadata reads this index alone: in the table, the columns after
      -- the bodies are reached only through each row's overflow pages.
      CREATE INDEX entries_listing ON entries (date, feed_url, key, entry_id, title, link,
        published, updated, categories, language, first_seen, content_hash, fields_hash, backfill);

      CREATE TABLE entry_facts (
        feed_url TEXT NOT NULL,
        key TEXT NOT NULL,
        version TEXT NOT NULL,
        has_text INTEGER NOT NULL,
        language TEXT,
        PRIMARY KEY (feed_url, key),
        FOREIGN KEY (feed_url, key) REFERENCES entries (feed_url, key)
          ON UPDATE CASCADE ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE excerpts (
        feed_url TEXT NOT NULL,
        key TEXT NOT NULL,
        words INTEGER NOT NULL,
        version TEXT NOT NULL,
        html TEXT NOT NULL,
        truncated INTEGER NOT NULL,
        PRIMARY KEY (feed_url, key, words),
        FOREIGN KEY (feed_url, key) REFERENCES entries (feed_url, key)
          ON UPDATE CASCADE ON DELETE CASCADE
      ) STRICT;
    `,
  },
  {
    version: 3,
    description: "excerpts are no longer cached: cutting one costs less than storing it",
    sql: "DROP TABLE excerpts;",
  },
  {
    version: 4,
    description: "indexes no query uses: every entry written paid for their upkeep",
    sql: `
      -- entries_listing starts with the date, so it serves everything this one did.
      DROP INDEX entries_by_date;
      -- Copies are found by the planner, which reads every hash anyway.
      DROP INDEX entries_by_content_hash;
    `,
  },
  {
    version: 5,
    description: "facts kept in the entry's row, with where its excerpt ends",
    sql: `
      -- Written with the fields they are derived from, a row's facts are always its version's
      -- (NULL until derived), and the listing reads them from its covering index, joining nothing.
      ALTER TABLE entries ADD COLUMN has_text INTEGER;
      ALTER TABLE entries ADD COLUMN body_language TEXT;
      -- The excerpt's cut, for one length (the site's): cut_end NULL with cut_words set means the
      -- whole body.
      ALTER TABLE entries ADD COLUMN cut_words INTEGER;
      ALTER TABLE entries ADD COLUMN cut_end INTEGER;
      ALTER TABLE entries ADD COLUMN cut_close TEXT;
      UPDATE entries SET (has_text, body_language) = (SELECT x.has_text, x.language
        FROM entry_facts x WHERE x.feed_url = entries.feed_url AND x.key = entries.key
          AND x.version = entries.fields_hash);
      DROP TABLE entry_facts;
      DROP INDEX entries_listing;
      CREATE INDEX entries_listing ON entries (date, feed_url, key, entry_id, title, link,
        published, updated, categories, language, first_seen, content_hash, fields_hash, backfill,
        has_text, body_language);
    `,
  },
];

/** Applies the pending steps in one transaction; refuses a database newer than this code. */
export function migrate(db: Database): { ok: true } | { ok: false; error: string } {
  const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
  const run = db.transaction((): { ok: true } | { ok: false; error: string } => {
    // Read inside the write transaction, so two processes opening a new file migrate once.
    const current = db.pragma("user_version", { simple: true }) as number;
    if (current > latest) {
      return {
        ok: false,
        error: `the database has schema version ${current}, newer than this Orrery knows (${latest}): upgrade Orrery`,
      };
    }
    for (const step of MIGRATIONS.filter((m) => m.version > current)) {
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    }
    return { ok: true };
  });
  return run.immediate();
}
