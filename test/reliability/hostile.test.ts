/**
 * Hostile feeds (./hostile.ts) through the whole pipeline: served from 127.0.0.1, fetched,
 * parsed and sanitized by `orrery run` in a child process, stored in SQLite and published.
 * Each must end with the feed read (or refused with a reason), a warning where Orrery gives
 * one, nothing fetched for an entity or a DTD, and no file content anywhere.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type FeedServer, respond, serveFeed, startFeedServer } from "../helpers/feed-server.js";
import { hostileFeeds, PASSWD_MARKER } from "./hostile.js";
import { fetchSection, makePlanet, type PlanetDir, readHealth, runOrrery } from "./planet-dir.js";

/** Peak memory of the run: 100,000 entries and a 50 MB attribute fit well inside it. */
const MAX_RSS_BYTES = 2 * 1024 ** 3;

let server: FeedServer;
let planet: PlanetDir;
const names: string[] = [];

before(async () => {
  server = await startFeedServer();
  server.route("/entity.txt", respond(200, { "content-type": "text/plain" }, PASSWD_MARKER));
  server.route("/evil.dtd", respond(200, {}, `<!ENTITY ent "${PASSWD_MARKER}">`));
  const urls = hostileFeeds(server.url("/entity.txt"), server.url("/evil.dtd")).map((h, i) => {
    names.push(h.name);
    server.route(`/hostile-${i}.xml`, serveFeed(h.body, { contentType: "application/rss+xml" }));
    return server.url(`/hostile-${i}.xml`);
  });
  planet = await makePlanet(urls, fetchSection(60, 64));
});
after(async () => {
  await server.close();
  await planet.remove();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

test("every hostile feed is read with its warning, in bounded memory", {
  timeout: 600_000,
}, async () => {
  const run = await runOrrery(["run", "--config", planet.config], planet.dir);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(run.maxRssBytes !== null);
  console.log(
    `# peak RSS of orrery run over the hostile feeds: ${Math.round(run.maxRssBytes / 2 ** 20)} MiB`,
  );
  assert.ok(run.maxRssBytes < MAX_RSS_BYTES, `peak RSS ${run.maxRssBytes} bytes`);

  const health = await readHealth(planet.output);
  const expected = hostileFeeds("", "");
  for (const [i, hostile] of expected.entries()) {
    const row = health.get(server.url(`/hostile-${i}.xml`));
    assert.ok(row, hostile.name);
    assert.equal(row.status, "ok", `${hostile.name}: ${row.last_error}`);
    assert.ok(row.entry_count >= 1, `${hostile.name}: its entries are stored`);
    if (hostile.warning !== null)
      assert.ok(
        row.warnings.some((w) => hostile.warning?.test(w)),
        `${hostile.name}: warning ${hostile.warning} in ${JSON.stringify(row.warnings)}`,
      );
  }
  const entries = health.get(server.url(`/hostile-${names.indexOf("100,000 entries")}.xml`));
  assert.equal(entries?.entry_count, 100_000, "all 100,000 entries stored");
});

test("no entity or DTD was fetched and no file content was stored or published", async () => {
  assert.deepEqual(server.requestsTo("/entity.txt"), []);
  assert.deepEqual(server.requestsTo("/evil.dtd"), []);
  for (const file of [...(await filesUnder(planet.dir))]) {
    const bytes = await readFile(file);
    assert.equal(bytes.includes(PASSWD_MARKER), false, `${file} holds file content`);
  }
});
