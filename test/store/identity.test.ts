import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import { assignKeys, hasRepeatedIds } from "../../src/store/identity.js";
import type { Store } from "../../src/store/index.js";
import { entry, FEED_URL, post, tempStore, update } from "./helpers.js";

let store: Store;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ store, cleanup } = await tempStore());
});
afterEach(() => cleanup());

const day = (n: number) => `2024-12-${String(n).padStart(2, "0")}T06:00:00Z`;

test("keys: the id, else a link unique in the document, else a hash of title and date", () => {
  const keyed = assignKeys(
    [
      entry({ id: "a", link: "https://x.example/1" }),
      entry({ link: "https://x.example/2" }),
      entry({ title: "Shared 1", link: "https://x.example/", published: day(1) }),
      entry({ title: "Shared 2", link: "https://x.example/", published: day(1) }),
    ],
    true,
  );
  assert.deepEqual(
    keyed.map((k) => k.source),
    ["id", "link", "hash", "hash"],
  );
  assert.equal(keyed[0].key, "a");
  assert.equal(keyed[1].key, "https://x.example/2");
  assert.notEqual(keyed[2].key, keyed[3].key);
  assert.match(keyed[2].key, /^hash:[0-9a-f]{64}$/);
});

test("an id repeated for the same entry is a duplicate; for different entries it is a broken id", () => {
  const same = entry({ id: "x", link: "https://x.example/1", title: "One" });
  assert.equal(hasRepeatedIds([same, { ...same }]), false);
  assert.equal(
    hasRepeatedIds([same, entry({ id: "x", link: "https://x.example/2", title: "Two" })]),
    true,
  );
});

test("a feed whose ids repeat for different entries is keyed by link, and stays so", async () => {
  const broken = [1, 2, 3].map((n) => post(n, { id: "N/A" }));
  const first = await store.applyFeedUpdate(update(broken));
  assert.equal(first.added, 3);
  const keys = (await store.listEntries()).map((e) => e.key).sort();
  assert.deepEqual(
    keys,
    [1, 2, 3].map((n) => `https://blog.example.org/posts/${n}/`),
  );
  const [feed] = await store.listFeeds();
  assert.match(feed.warnings.join("\n"), /entry ids repeat for different entries/);
  // Next fetch has proper-looking ids again: the feed is not trusted back (no re-keying churn).
  const second = await store.applyFeedUpdate(update([post(1), post(2), post(3)]));
  assert.deepEqual(second, { added: 0, updated: 0, unchanged: 3, backfilled: 0 });
  assert.equal((await store.listEntries()).length, 3);
});

test("a feed minting new ids on every fetch is detected and keyed by link", async () => {
  const fetchNumber = (f: number) => [1, 2, 3].map((n) => post(n, { id: `urn:uuid:${f}-${n}` }));
  assert.equal((await store.applyFeedUpdate(update(fetchNumber(1)))).added, 3);
  // Once: taken for a migration, entries move to the new ids.
  assert.deepEqual(await store.applyFeedUpdate(update(fetchNumber(2))), {
    added: 0,
    updated: 3,
    unchanged: 0,
    backfilled: 0,
  });
  // Twice in a row: the ids are distrusted and entries re-keyed by link.
  assert.equal((await store.applyFeedUpdate(update(fetchNumber(3)))).added, 0);
  const [feed] = await store.listFeeds();
  assert.match(feed.warnings.join("\n"), /ids change from fetch to fetch/);
  // From then on a fetch with fresh ids changes nothing.
  assert.deepEqual(await store.applyFeedUpdate(update(fetchNumber(4))), {
    added: 0,
    updated: 0,
    unchanged: 3,
    backfilled: 0,
  });
  const entries = await store.listEntries();
  assert.equal(entries.length, 3);
  assert.deepEqual(
    entries.map((e) => e.key),
    [3, 2, 1].map((n) => `https://blog.example.org/posts/${n}/`),
  );
});

test("a new feed brings only its newest newFeedItems into the river; the rest is backfill", async () => {
  const archive = Array.from({ length: 30 }, (_, n) => post(n));
  const summary = await store.applyFeedUpdate(update(archive, { newFeedItems: 10 }));
  assert.deepEqual(summary, { added: 30, updated: 0, unchanged: 0, backfilled: 20 });
  const river = await store.listEntries();
  assert.deepEqual(
    river.map((e) => e.title),
    Array.from({ length: 10 }, (_, i) => `Post ${29 - i}`),
  );
  const all = await store.listEntries({ includeBackfill: true });
  assert.equal(all.length, 30);
  assert.equal(all.filter((e) => e.backfill).length, 20);
  const [feed] = await store.listFeeds();
  assert.equal(feed.entryCount, 30);
});

test("an existing feed that suddenly yields many new entries is held back the same way", async () => {
  await store.applyFeedUpdate(update([post(0), post(1)], { newFeedItems: 5 }));
  const imported = Array.from({ length: 20 }, (_, n) => post(n + 2));
  const summary = await store.applyFeedUpdate(update(imported, { newFeedItems: 5 }));
  assert.deepEqual(summary, { added: 20, updated: 0, unchanged: 0, backfilled: 15 });
  assert.equal((await store.listEntries()).length, 7);
});

test("a blog that changed all its ids moves its entries instead of flooding the river", async () => {
  const old = Array.from({ length: 12 }, (_, n) => post(n));
  await store.applyFeedUpdate(update(old, { newFeedItems: 20 }));
  // New ids, same links; one post is genuinely new.
  const migrated = [...old, post(12)].map((e, n) => ({
    ...e,
    id: `https://blog.example.org/?p=${n}`,
  }));
  const summary = await store.applyFeedUpdate(update(migrated, { newFeedItems: 3 }));
  assert.deepEqual(summary, { added: 1, updated: 12, unchanged: 0, backfilled: 0 });
  const entries = await store.listEntries({ includeBackfill: true });
  assert.equal(entries.length, 13);
  assert.equal(entries[0].title, "Post 12");
  assert.ok(entries.every((e) => e.id?.startsWith("https://blog.example.org/?p=")));
  assert.ok(entries.slice(1).every((e) => e.firstSeen === "2024-12-01T12:00:00Z"));
});

test("a blog that changed its domain and ids is matched by title and date", async () => {
  await store.applyFeedUpdate(update([post(1), post(2)]));
  const moved = [post(1), post(2)].map((e, n) => ({
    ...e,
    id: `tag:new.example.net,2024:${n}`,
    link: `https://new.example.net/${n}`,
  }));
  const summary = await store.applyFeedUpdate(update(moved));
  assert.deepEqual(summary, { added: 0, updated: 2, unchanged: 0, backfilled: 0 });
  const links = (await store.listEntries({ feedUrls: [FEED_URL] })).map((e) => e.link).sort();
  assert.deepEqual(links, ["https://new.example.net/0", "https://new.example.net/1"]);
});

test("an entry listed twice in one document is stored once", async () => {
  const summary = await store.applyFeedUpdate(update([post(1), post(1), post(2)]));
  assert.equal(summary.added, 2);
  const [feed] = await store.listFeeds();
  assert.match(feed.warnings.join("\n"), /1 entries appeared twice/);
});
