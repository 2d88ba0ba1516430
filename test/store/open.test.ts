import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, test } from "node:test";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/index.js";
import { PAGE_SIZE } from "../../src/store/sqlite/connection.js";
import { MIGRATIONS } from "../../src/store/sqlite/migrations.js";
import { tempDir } from "./helpers.js";

let dir: string;
let cleanup: () => Promise<void>;
before(async () => {
  ({ dir, cleanup } = await tempDir());
});
after(() => cleanup());

test("creates and migrates a new file: WAL, schema version, tables", async () => {
  const file = join(dir, "new.db");
  const opened = await openStore(file);
  assert.ok(opened.ok);
  await opened.store.close();
  const db = new Database(file, { readonly: true });
  try {
    assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
    assert.equal(db.pragma("page_size", { simple: true }), PAGE_SIZE);
    assert.equal(
      db.pragma("user_version", { simple: true }),
      MIGRATIONS[MIGRATIONS.length - 1].version,
    );
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    assert.deepEqual(tables, ["entries", "feeds", "people"]);
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
  } finally {
    db.close();
  }
});

test("reopening a migrated file changes nothing", async () => {
  const file = join(dir, "again.db");
  const first = await openStore(file);
  assert.ok(first.ok);
  await first.store.close();
  const second = await openStore(file);
  assert.ok(second.ok);
  assert.deepEqual(await second.store.listFeeds(), []);
  await second.store.close();
});

test("a file made with other pages keeps them, and its entries", async () => {
  const file = join(dir, "small-pages.db");
  const db = new Database(file);
  db.pragma("page_size = 4096");
  db.pragma("journal_mode = WAL");
  db.close();
  const first = await openStore(file);
  assert.ok(first.ok);
  await first.store.syncSubscriptions(
    [{ id: "p", name: "P", nick: null, avatar: null, links: [] }],
    [
      {
        url: "https://a.example/feed",
        personId: "p",
        title: null,
        tags: [],
        filter: null,
        userAgent: null,
        headers: {},
      },
    ],
  );
  await first.store.close();
  const second = await openStore(file);
  assert.ok(second.ok);
  assert.deepEqual(
    (await second.store.listFeeds()).map((f) => f.url),
    ["https://a.example/feed"],
  );
  await second.store.close();
  const reopened = new Database(file, { readonly: true });
  assert.equal(reopened.pragma("page_size", { simple: true }), 4096);
  reopened.close();
});

test("refuses a database written by a newer schema", async () => {
  const file = join(dir, "future.db");
  const db = new Database(file);
  db.pragma("user_version = 999");
  db.close();
  const opened = await openStore(file);
  assert.equal(opened.ok, false);
  assert.match(opened.ok ? "" : opened.error, /schema version 999, newer than this Orrery knows/);
});

test("a file that is not a database, a missing folder and a postgres URL are errors, not throws", async () => {
  const junk = join(dir, "junk.db");
  await writeFile(junk, "this is not sqlite, just text long enough to be read as a header....");
  const notDb = await openStore(junk);
  assert.equal(notDb.ok, false);
  assert.match(notDb.ok ? "" : notDb.error, /not a database/);

  const missing = await openStore(join(dir, "no", "such", "folder", "x.db"));
  assert.equal(missing.ok, false);
  assert.match(missing.ok ? "" : missing.error, /directory does not exist/);

  const pg = await openStore("postgres://planet@localhost/orrery");
  assert.equal(pg.ok, false);
  assert.match(pg.ok ? "" : pg.error, /PostgreSQL/);
});

test("migration 5 moves each entry's facts into its row, for the version they were of", async () => {
  const file = join(dir, "facts.db");
  const db = new Database(file);
  for (const step of MIGRATIONS.filter((m) => m.version <= 4)) db.exec(step.sql);
  db.pragma("user_version = 4");
  db.exec(`INSERT INTO feeds (url, person_id) VALUES ('https://f.example/feed', 'p');
    INSERT INTO entries (feed_url, key, date, first_seen, content_hash, fields_hash, content)
    VALUES ('https://f.example/feed', 'a', '2019-10-13T00:00:00Z', '2019-10-13T00:00:00Z', 'c', 'v1', '<p>A</p>'),
      ('https://f.example/feed', 'b', '2019-10-12T00:00:00Z', '2019-10-12T00:00:00Z', 'c', 'v2', '<p>B</p>'),
      ('https://f.example/feed', 'c', '2019-10-11T00:00:00Z', '2019-10-11T00:00:00Z', 'c', 'v3', '<p>C</p>');
    INSERT INTO entry_facts (feed_url, key, version, has_text, language)
    VALUES ('https://f.example/feed', 'a', 'v1', 1, 'fr'),
      ('https://f.example/feed', 'b', 'an older version', 0, NULL);`); // biome-ignore format: rows
  db.close();

  const opened = await openStore(file);
  assert.ok(opened.ok);
  const listed = await opened.store.listEntryMeta({ includeInactive: true });
  assert.deepEqual(
    listed.map((e) => [e.key, e.facts]),
    [
      ["a", { hasText: true, language: "fr" }],
      ["b", null],
      ["c", null],
    ],
  );
  const bodies = await opened.store.getBodies([{ feedUrl: "https://f.example/feed", key: "a" }]);
  assert.equal(bodies[0]?.content, "<p>A</p>");
  assert.equal(bodies[0]?.cut, null);
  await opened.store.close();
});
