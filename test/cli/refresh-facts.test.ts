/**
 * The facts builds plan from, through a real refresh: derived in the parse workers for each new
 * or edited entry and stored with it; entries whose version is already stored are not derived
 * again, and keep what they had.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { refresh } from "../../src/cli/refresh.js";
import { loadConfig } from "../../src/config/index.js";
import type { SiteConfig } from "../../src/model.js";
import { openStore, type Store } from "../../src/store/index.js";
import { type FeedServer, serveFeed, startFeedServer } from "../helpers/feed-server.js";

let server: FeedServer;
let dir: string;
let config: SiteConfig;
let store: Store;

function atom(second: string): string {
  const entry = (id: string, body: string) =>
    `<entry><id>urn:${id}</id><title>${id}</title><updated>2019-10-13T10:00:00Z</updated>
<content type="html">&lt;p lang="fr"&gt;${body}&lt;/p&gt;</content></entry>`;
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>F</title><id>urn:f</id><updated>2019-10-13T10:00:00Z</updated>
${entry("one", "un deux trois quatre")}${entry("two", second)}</feed>`;
}

before(async () => {
  server = await startFeedServer();
  dir = await mkdtemp(join(tmpdir(), "orrery-facts-"));
  const file = join(dir, "orrery.yaml");
  await writeFile(
    file,
    `title: T
link: https://planet.example.org/
people:
  p:
    name: P
    feeds: [${server.url("/feed.xml")}]
planets:
  universe: { excerpt: 2 }
`,
  );
  const loaded = await loadConfig(file);
  if (!loaded.ok) throw new Error("config does not load");
  config = loaded.config;
  const opened = await openStore(config.database);
  if (!opened.ok) throw new Error(opened.error);
  store = opened.store;
});

after(async () => {
  await store.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function stored() {
  const listed = await store.listEntryMeta();
  const bodies = await store.getBodies(listed);
  const cuts = new Map(bodies.map((b) => [b.key, b.cut]));
  return new Map(listed.map((e) => [e.title, { facts: e.facts, cut: cuts.get(e.key) }]));
}

test("a refresh stores each new entry's facts and excerpt cut; an edit gets new ones", async () => {
  server.route("/feed.xml", serveFeed(atom("cinq six sept")));
  await refresh(config, store, { force: true, feed: null });
  const first = await stored();
  assert.deepEqual(first.get("one"), {
    facts: { hasText: true, language: "fr" },
    cut: { words: 2, end: 20, close: "</p>" },
  });
  // '<p lang="fr">cinq six': the cut falls after the second word.
  assert.deepEqual(first.get("two")?.cut, { words: 2, end: 21, close: "</p>" });

  // "two" is edited to fewer words: its new version's facts are derived; "one" is not written.
  server.route("/feed.xml", serveFeed(atom("huit")));
  await refresh(config, store, { force: true, feed: null });
  const second = await stored();
  assert.deepEqual(second.get("one"), first.get("one"));
  assert.deepEqual(second.get("two"), {
    facts: { hasText: true, language: "fr" },
    cut: { words: 2, end: null, close: "" },
  });
});
