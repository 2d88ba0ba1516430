import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import type { Store } from "../../src/store/index.js";
import { okState, person, post, subscription, tempStore, update } from "./helpers.js";

let store: Store;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ store, cleanup } = await tempStore());
});
afterEach(() => cleanup());

const A = "https://a.example.org/feed";
const B = "https://b.example.org/feed";

test("syncSubscriptions keeps removed feeds, inactive, and leaves their entries out", async () => {
  await store.syncSubscriptions(
    [person("ada"), person("bob")],
    [subscription(A, "ada"), subscription(B, "bob")],
  );
  await store.applyFeedUpdate(update([post(1)], { url: A, personId: "ada" }));
  await store.applyFeedUpdate(update([post(2)], { url: B, personId: "bob" }));
  assert.deepEqual(
    (await store.listFeeds()).map((f) => f.url),
    [A, B],
  );

  await store.syncSubscriptions([person("ada")], [subscription(A, "ada")]);
  assert.deepEqual(
    (await store.listFeeds()).map((f) => f.url),
    [A],
  );
  assert.deepEqual(
    (await store.listFeeds({ includeInactive: true })).map((f) => f.url),
    [A, B],
  );
  assert.deepEqual(
    (await store.listEntries()).map((e) => e.feedUrl),
    [A],
  );
  assert.equal((await store.listEntries({ includeInactive: true })).length, 2);
  assert.equal(
    (await store.listEntries({ feedUrls: [B] })).length,
    1,
    "named feeds are listed even when inactive",
  );

  // Back in the config: active again, entries intact; a feed handed to another person follows.
  await store.syncSubscriptions(
    [person("ada"), person("bob")],
    [subscription(A, "bob"), subscription(B, "bob")],
  );
  const entries = await store.listEntries();
  assert.equal(entries.length, 2);
  assert.ok(entries.every((e) => e.personId === "bob"));
});

test("listFeeds reports entry count, last post and fetch state per feed", async () => {
  await store.syncSubscriptions([person("ada")], [subscription(A, "ada"), subscription(B, "ada")]);
  await store.applyFeedUpdate(update([post(1), post(5)], { url: A }));
  const [a, b] = await store.listFeeds();
  assert.equal(a.entryCount, 2);
  assert.equal(a.lastPost, "2024-01-06T10:00:00Z");
  assert.equal(a.state.lastStatus, 200);
  assert.equal(b.entryCount, 0);
  assert.equal(b.lastPost, null);
  assert.equal(b.state.lastFetched, null);
  assert.equal(b.personId, "ada");
});

test("listEntries: newest first, limit, since, feeds, ties broken by arrival", async () => {
  await store.applyFeedUpdate(update([post(1), post(3)], { url: A, newFeedItems: 50 }));
  await store.applyFeedUpdate(
    update([post(2), post(4), post(3, { id: "b3" })], { url: B, newFeedItems: 50 }),
  );
  const all = await store.listEntries();
  assert.deepEqual(
    all.map((e) => [e.feedUrl, e.title]),
    [
      [B, "Post 4"],
      [B, "Post 3"],
      [A, "Post 3"],
      [B, "Post 2"],
      [A, "Post 1"],
    ],
  );
  assert.deepEqual(
    (await store.listEntries({ limit: 2 })).map((e) => e.title),
    ["Post 4", "Post 3"],
  );
  const since = await store.listEntries({ since: "2024-01-04T10:00:00Z" });
  assert.deepEqual(
    since.map((e) => e.title),
    ["Post 4", "Post 3", "Post 3"],
  );
  const onlyA = await store.listEntries({ feedUrls: [A], limit: 1 });
  assert.deepEqual(
    onlyA.map((e) => [e.feedUrl, e.title]),
    [[A, "Post 3"]],
  );
  assert.deepEqual(await store.listEntries({ feedUrls: [] }), []);
});

test("renameFeed moves the state and entries to the new URL", async () => {
  await store.syncSubscriptions([person("ada")], [subscription(A, "ada")]);
  await store.applyFeedUpdate(
    update([post(1), post(2)], {
      url: A,
      state: okState(A, "2024-12-01T12:00:00Z", { movedTo: B }),
    }),
  );
  await store.renameFeed(A, B);
  assert.equal(await store.getFetchState(A), null);
  const state = await store.getFetchState(B);
  assert.equal(state?.etag, '"v1"');
  assert.equal(state?.movedTo, null);
  const entries = await store.listEntries();
  assert.deepEqual(
    entries.map((e) => [e.feedUrl, e.personId]),
    [
      [B, "ada"],
      [B, "ada"],
    ],
  );
  // Updating the renamed feed with the same entries changes nothing.
  const again = await store.applyFeedUpdate(
    update([post(1), post(2)], { url: B, state: state ?? undefined }),
  );
  assert.deepEqual(again, { added: 0, updated: 0, unchanged: 2, backfilled: 0 });
});

test("renameFeed into a feed the config already names merges them, losing no entry", async () => {
  await store.syncSubscriptions([person("ada")], [subscription(A, "ada"), subscription(B, "ada")]);
  await store.applyFeedUpdate(update([post(1), post(2)], { url: A }));
  await store.applyFeedUpdate(
    update([post(2), post(3)], { url: B, state: okState(B, "2024-11-01T00:00:00Z") }),
  );
  await store.renameFeed(A, B);
  const feeds = await store.listFeeds({ includeInactive: true });
  assert.deepEqual(
    feeds.map((f) => [f.url, f.entryCount]),
    [[B, 3]],
  );
  assert.equal(feeds[0].state.lastFetched, "2024-12-01T12:00:00Z", "the moved feed's state wins");
  assert.deepEqual(
    (await store.listEntries()).map((e) => e.title),
    ["Post 3", "Post 2", "Post 1"],
  );
  await store.renameFeed("https://unknown.example.org/feed", B);
  assert.equal((await store.listEntries()).length, 3);
});
