/** What builds derive from bodies, kept per entry version and listed with the metadata: facts. */
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
  const bodies = await store.getBodies([
    { feedUrl: FEED_URL, key: first.key },
    { feedUrl: FEED_URL, key: "no such entry" },
  ]);
  assert.deepEqual(bodies, [
    {
      feedUrl: FEED_URL,
      key: first.key,
      summary: full[0]?.summary,
      content: full[0]?.content,
      version: first.version,
      cut: null,
    },
  ]);
});

test("facts given with an update are stored for that version; an edit without them drops them", async () => {
  const facts = [
    { hasText: true, language: "fr" },
    { hasText: false, language: null },
  ];
  await store.applyFeedUpdate(update([post(2), post(1)], { facts }));
  const before = await store.listEntryMeta({ feedUrls: [FEED_URL] });
  assert.deepEqual(
    before.map((e) => e.facts),
    [FACTS, null],
    "unchanged entries are not written again, so their facts stay as they were",
  );

  await store.applyFeedUpdate(update([post(2, { content: "<p>Édité.</p>" }), post(1)], { facts }));
  const edited = await store.listEntryMeta({ feedUrls: [FEED_URL] });
  assert.notEqual(edited[0]?.version, before[0]?.version);
  assert.deepEqual(edited[0]?.facts, facts[0], "the edit's facts replace the old version's");

  await store.applyFeedUpdate(update([post(2, { content: "<p>Again.</p>" }), post(1)]));
  const [after] = await store.listEntryMeta({ feedUrls: [FEED_URL] });
  assert.equal(after?.key, before[0]?.key);
  assert.equal(after?.facts, null, "facts of an older version do not count");
});

test("new entries get the facts given with them, index for index", async () => {
  const url = "https://other.example.org/feed.xml";
  const facts = [
    { hasText: true, language: "de" },
    { hasText: true, language: null },
  ];
  await store.applyFeedUpdate(update([post(7), post(8)], { url, facts }));
  const listed = await store.listEntryMeta({ feedUrls: [url] });
  const byTitle = new Map(listed.map((e) => [e.title, e.facts]));
  assert.deepEqual(byTitle.get("Post 7"), facts[0]);
  assert.deepEqual(byTitle.get("Post 8"), facts[1]);
});

test("derived values follow a renamed feed", async () => {
  const [entry] = await store.listEntryMeta({ feedUrls: [FEED_URL] });
  if (entry === undefined) throw new Error("nothing listed");
  const version = { feedUrl: FEED_URL, key: entry.key, version: entry.version };
  await store.saveEntryFacts([{ ...version, facts: FACTS }]);
  const moved = "https://new.example.org/feed.xml";
  await store.renameFeed(FEED_URL, moved);
  const [after] = await store.listEntryMeta({ feedUrls: [moved] });
  assert.deepEqual(after?.facts, FACTS);
});

test("an excerpt's cut is kept with its version's facts and read with the body", async () => {
  const url = "https://cuts.example.org/feed.xml";
  const cut = { words: 2, end: 10, close: "</p>" };
  const whole = { words: 2, end: null, close: "" };
  const facts = [
    { ...FACTS, cut },
    { ...FACTS, cut: whole },
  ];
  await store.applyFeedUpdate(update([post(1), post(2)], { url, facts }));
  const listed = await store.listEntryMeta({ feedUrls: [url] });
  assert.deepEqual(
    listed.map((e) => e.facts),
    [FACTS, FACTS],
    "the listing carries no cuts: only pages need them",
  );
  const refs = listed.map((e) => ({ feedUrl: url, key: e.key }));
  const cutOf = async () => new Map((await store.getBodies(refs)).map((b) => [b.key, b.cut]));
  const byTitle = new Map(listed.map((e) => [e.title, e.key]));
  const first = await cutOf();
  assert.deepEqual(first.get(byTitle.get("Post 1") ?? ""), cut);
  assert.deepEqual(first.get(byTitle.get("Post 2") ?? ""), whole);

  // A cut for another version than the facts' is not kept; for the same one, it replaces.
  const [newest, older] = listed;
  if (newest === undefined || older === undefined) throw new Error("nothing listed");
  const other = { words: 5, end: null, close: "" };
  await store.saveExcerptCuts([
    { feedUrl: url, key: newest.key, version: "not this version", cut: other },
    { feedUrl: url, key: older.key, version: older.version, cut: other },
  ]);
  const second = await cutOf();
  assert.deepEqual(second.get(newest.key), first.get(newest.key));
  assert.deepEqual(second.get(older.key), other);

  // Edited without facts: the old version's cut no longer counts.
  await store.applyFeedUpdate(update([post(2, { content: "<p>Edited.</p>" }), post(1)], { url }));
  const third = await cutOf();
  assert.equal(third.get(byTitle.get("Post 2") ?? ""), null);
});

test("a feed's entry versions are the fields hashes of its stored entries", async () => {
  const url = "https://versions.example.org/feed.xml";
  assert.deepEqual(await store.entryVersions(url), new Set());
  await store.applyFeedUpdate(update([post(1), post(2)], { url }));
  const listed = await store.listEntryMeta({ feedUrls: [url] });
  assert.deepEqual(await store.entryVersions(url), new Set(listed.map((e) => e.version)));
  assert.equal(listed.length, 2);
});
