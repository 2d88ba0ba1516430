import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import Database from "better-sqlite3";
import type { Store } from "../../src/store/index.js";
import { FEED_URL, NOW, okState, post, tempStore, update } from "./helpers.js";

let store: Store;
let file: string;
let cleanup: () => Promise<void>;
before(async () => {
  ({ store, file, cleanup } = await tempStore());
});
after(() => cleanup());

/** Runs `fn` and tells whether any connection committed a change to the file meanwhile. */
async function wroteDuring(fn: () => Promise<unknown>): Promise<boolean> {
  const watcher = new Database(file, { readonly: true });
  try {
    const version = () => watcher.pragma("data_version", { simple: true });
    const before = version();
    await fn();
    return version() !== before;
  } finally {
    watcher.close();
  }
}

test("stores a feed's entries, state and metadata in one update", async () => {
  const summary = await store.applyFeedUpdate(update([post(1), post(2), post(3)]));
  assert.deepEqual(summary, { added: 3, updated: 0, unchanged: 0, backfilled: 0 });
  const entries = await store.listEntries();
  assert.deepEqual(
    entries.map((e) => e.key),
    [
      "tag:blog.example.org,2024:post-3",
      "tag:blog.example.org,2024:post-2",
      "tag:blog.example.org,2024:post-1",
    ],
  );
  const third = entries[0];
  assert.equal(third.personId, "ada");
  assert.equal(third.feedUrl, FEED_URL);
  assert.equal(third.date, "2024-01-04T10:00:00Z");
  assert.equal(third.firstSeen, NOW);
  assert.equal(third.content, "<p>Body of post 3.</p>");
  assert.match(third.contentHash, /^[0-9a-f]{64}$/);
  assert.equal(third.backfill, false);
  const state = await store.getFetchState(FEED_URL);
  assert.deepEqual(state, okState(FEED_URL, NOW));
  const [stored] = await store.listFeeds();
  assert.equal(stored.title, "A blog");
  assert.equal(stored.siteLink, "https://blog.example.org/");
  assert.equal(stored.entryCount, 3);
  assert.equal(stored.lastPost, "2024-01-04T10:00:00Z");
});

test("applying the same update again writes nothing", async () => {
  const same = update([post(1), post(2), post(3)]);
  let summary: unknown;
  const wrote = await wroteDuring(async () => {
    summary = await store.applyFeedUpdate(same);
  });
  assert.deepEqual(summary, { added: 0, updated: 0, unchanged: 3, backfilled: 0 });
  assert.equal(wrote, false, "no row was written");
});

test("an edited entry is updated in place and keeps its date and first sighting", async () => {
  const later = "2024-12-02T08:00:00Z";
  const edited = post(2, {
    title: "Post 2 (corrected)",
    content: "<p>Better body.</p>",
    updated: "2024-12-02T07:00:00Z",
  });
  let summary: unknown;
  const wrote = await wroteDuring(async () => {
    summary = await store.applyFeedUpdate(update([post(1), edited, post(3)], { now: later }));
  });
  assert.equal(wrote, true, "the watcher sees real writes");
  assert.deepEqual(summary, { added: 0, updated: 1, unchanged: 2, backfilled: 0 });
  const entries = await store.listEntries();
  assert.equal(entries.length, 3);
  assert.equal(entries[1].title, "Post 2 (corrected)");
  assert.equal(entries[1].content, "<p>Better body.</p>");
  assert.equal(entries[1].updated, "2024-12-02T07:00:00Z");
  assert.equal(entries[1].date, "2024-01-03T10:00:00Z", "the river position did not move");
  assert.equal(entries[1].firstSeen, NOW);
  assert.equal((await store.getFetchState(FEED_URL))?.lastFetched, later);
});

test("an entry dated in the future is held at its first sighting; a little skew is allowed", async () => {
  const url = "https://future.example.org/feed";
  const now = "2024-06-01T12:00:00Z";
  const far = post(1, {
    id: "far",
    link: "https://future.example.org/1",
    published: "2031-01-01T00:00:00Z",
  });
  const near = post(2, {
    id: "near",
    link: "https://future.example.org/2",
    published: "2024-06-01T12:05:00Z",
  });
  await store.applyFeedUpdate(update([far, near], { url, now }));
  const entries = await store.listEntries({ feedUrls: [url] });
  const byId = new Map(entries.map((e) => [e.id, e]));
  assert.equal(byId.get("far")?.date, now);
  assert.equal(
    byId.get("far")?.published,
    "2031-01-01T00:00:00Z",
    "the entry's own date is kept as written",
  );
  assert.equal(byId.get("near")?.date, "2024-06-01T12:05:00Z");
});

test("an entry without a date takes its first sighting, and keeps it on the next fetch", async () => {
  const url = "https://undated.example.org/feed";
  const undated = post(1, { id: "u1", link: "https://undated.example.org/1", published: null });
  await store.applyFeedUpdate(update([undated], { url, now: "2024-07-01T00:00:00Z" }));
  const again = await store.applyFeedUpdate(
    update([undated], { url, now: "2024-07-02T00:00:00Z" }),
  );
  assert.equal(again.unchanged, 1);
  const [stored] = await store.listEntries({ feedUrls: [url] });
  assert.equal(stored.date, "2024-07-01T00:00:00Z");
  assert.equal(stored.firstSeen, "2024-07-01T00:00:00Z");
});

test("saveFetchState records a failure without touching entries", async () => {
  const failed = {
    ...okState(FEED_URL, "2024-12-03T00:00:00Z"),
    lastStatus: 503,
    lastSuccess: NOW,
    lastError: "HTTP 503 Service Unavailable",
    consecutiveFailures: 1,
    firstFailure: "2024-12-03T00:00:00Z",
    nextDue: "2024-12-03T01:00:00Z",
  };
  await store.saveFetchState(failed);
  assert.deepEqual(await store.getFetchState(FEED_URL), failed);
  assert.equal((await store.listEntries({ feedUrls: [FEED_URL] })).length, 3);
  assert.equal(await store.getFetchState("https://never.example.org/feed"), null);
});
