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
    assert.deepEqual(tables, ["entries", "entry_facts", "feeds", "people"]);
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
