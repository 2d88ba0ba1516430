/** What builds derive from bodies, cached per entry version: facts with the listing, excerpts apart. */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Store } from "../../src/store/index.js";
import { FEED_URL, post, tempStore, update } from "./helpers.js";

let store: Store;
let cleanup: () => Promise<void>;
before(async () => {
  ({ store, cleanup } = await tempStore());
});
after(() => cleanup());

const FACTS = { hasText: true, language: "en" };

test("the light listing matches the full one, without bodies, facts unknown until saved", async () => {
  await store.applyFeedUpdate(update([post(1), post(2)]));
  const full = await store.listEntries();
  const light = await store.listEntryMeta();
  assert.deepEqual(
    light.map((e) => [e.key, e.version, e.facts]),
    full.map((e) => [e.key, e.version, null]),
  );
  assert.equal("content" in (light[0] ?? {}), false);
  const [first] = light;
  if (first === undefined) throw new Error("nothing listed");
  await store.saveEntryFacts([
    { feedUrl: FEED_URL, key: first.key, version: first.version, facts: FACTS },
  ]);
  const again = await store.listEntryMeta();
  assert.deepEqual(again[0]?.facts, FACTS);
  assert.equal(again[1]?.facts, null);
  const got = await store.getEntries([{ feedUrl: FEED_URL, key: first.key }]);
  assert.equal(got[0]?.content, full[0]?.content);
});

test("an edited entry has a new version: its cached facts and excerpts no longer count", async () => {
  const [before] = await store.listEntryMeta({ feedUrls: [FEED_URL] });
  if (before === undefined) throw new Error("nothing listed");
  const excerpt = { feedUrl: FEED_URL, key: before.key, version: before.version };
  await store.saveExcerpts(5, [{ ...excerpt, html: "<p>cut</p>", truncated: true }]);
  assert.deepEqual(await store.getExcerpts([excerpt], 5), [
    { ...excerpt, html: "<p>cut</p>", truncated: true },
  ]);
  assert.deepEqual(await store.getExcerpts([excerpt], 6), [], "another length is not cached");

  await store.applyFeedUpdate(update([post(2, { content: "<p>Edited.</p>" }), post(1)]));
  const [after] = await store.listEntryMeta({ feedUrls: [FEED_URL] });
  assert.equal(after?.key, before.key);
  assert.notEqual(after?.version, before.version);
  assert.equal(after?.facts, null);
  const current = { ...excerpt, version: after?.version ?? "" };
  assert.deepEqual(await store.getExcerpts([current], 5), []);
});

test("derived values follow a renamed feed", async () => {
  const [entry] = await store.listEntryMeta({ feedUrls: [FEED_URL] });
  if (entry === undefined) throw new Error("nothing listed");
  const version = { feedUrl: FEED_URL, key: entry.key, version: entry.version };
  await store.saveEntryFacts([{ ...version, facts: FACTS }]);
  await store.saveExcerpts(5, [{ ...version, html: "<p>x</p>", truncated: false }]);
  const moved = "https://new.example.org/feed.xml";
  await store.renameFeed(FEED_URL, moved);
  const [after] = await store.listEntryMeta({ feedUrls: [moved] });
  assert.deepEqual(after?.facts, FACTS);
  const excerpts = await store.getExcerpts([{ ...version, feedUrl: moved }], 5);
  assert.equal(excerpts[0]?.html, "<p>x</p>");
});
