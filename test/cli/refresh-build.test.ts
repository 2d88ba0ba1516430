/**
 * The main job end to end: a config on disk, feeds on a real HTTP server on 127.0.0.1, a real
 * SQLite file, `orrery run` as a child process, and the published site read back.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { openStore } from "../../src/store/index.js";
import {
  type FeedServer,
  redirect,
  respond,
  serveFeed,
  startFeedServer,
} from "../helpers/feed-server.js";

const run = promisify(execFile);
const main = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

async function orrery(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", main, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function atom(title: string, entries: { id: string; title: string; date: string }[]): string {
  const items = entries.map(
    (e) => `<entry><id>${e.id}</id><title>${e.title}</title><link href="${e.id}"/>
<published>${e.date}</published><updated>${e.date}</updated><category term="gentoo"/>
<content type="html">&lt;p&gt;${e.title} body&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</content></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>${title}</title><id>urn:${title}</id><updated>2019-10-13T00:00:00Z</updated>${items.join("")}</feed>`;
}

let server: FeedServer;
let dir: string;
let config: string;

before(async () => {
  server = await startFeedServer();
  dir = await mkdtemp(join(tmpdir(), "orrery-run-"));
  server.route(
    "/alice.xml",
    serveFeed(
      atom("Alice", [
        { id: "https://alice.example.org/1", title: "First post", date: "2019-10-11T10:00:00Z" },
        { id: "https://alice.example.org/2", title: "Second post", date: "2019-10-13T14:34:00Z" },
      ]),
      { contentType: "application/atom+xml", etag: '"alice-1"' },
    ),
  );
  server.route("/bob-old.xml", redirect(301, "/bob.xml"));
  server.route(
    "/bob.xml",
    serveFeed(
      atom("Bob", [
        { id: "https://bob.example.org/1", title: "Bob writes", date: "2019-10-12T08:00:00Z" },
      ]),
      {
        contentType: "application/atom+xml",
      },
    ),
  );
  server.route("/carol.xml", respond(410));
  server.route(
    "/dave.xml",
    respond(200, { "content-type": "text/html" }, "<!doctype html><title>Dave</title><p>hi"),
  );
  config = join(dir, "orrery.yaml");
  await writeFile(
    config,
    `title: Test Planet
link: https://planet.example.org/
people:
  alice: { name: Alice, feeds: ["${server.url("/alice.xml")}"] }
  bob: { name: Bob, feeds: ["${server.url("/bob-old.xml")}"] }
  carol: { name: Carol, feeds: ["${server.url("/carol.xml")}"] }
  dave: { name: Dave, feeds: ["${server.url("/dave.xml")}"] }
fetch: { new_feed_items: 10 }
`,
  );
});

after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

test("orrery run refreshes every feed, reports each failure, and publishes the river", async () => {
  const result = await orrery("run", "--config", config);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /refreshed 4 feed\(s\): 2 fetched, 0 not modified, 3 new entries/);
  assert.match(result.stdout, /gone: .*carol\.xml/);
  assert.match(result.stdout, /failed: .*dave\.xml .*HTML page/);
  assert.match(result.stdout, /moved: .*bob-old\.xml → .*\/bob\.xml/);

  const river = await readFile(join(dir, "public", "index.html"), "utf8");
  assert.match(river, /Second post/);
  assert.match(river, /Bob writes/);
  assert.doesNotMatch(river, /<script>alert/);
  const health = JSON.parse(await readFile(join(dir, "public", "health.json"), "utf8"));
  const text = JSON.stringify(health);
  assert.match(text, /410/);
  assert.match(text, /HTML page/);

  // Each entry's facts came from the parse workers with it: no build has to read its body.
  const opened = await openStore(join(dir, "orrery.db"));
  assert.ok(opened.ok);
  try {
    const listed = await opened.store.listEntryMeta();
    assert.equal(listed.length, 3);
    for (const entry of listed) assert.deepEqual(entry.facts, { hasText: true, language: null });
  } finally {
    await opened.store.close();
  }
});

test("a second refresh sends the validators and stores nothing new", async () => {
  const before = server.requestsTo("/alice.xml").length;
  const result = await orrery("refresh", "--force", "--config", config);
  assert.equal(result.code, 0, result.stderr);
  const requests = server.requestsTo("/alice.xml").slice(before);
  assert.equal(requests.length, 1);
  assert.equal(requests[0].headers["if-none-match"], '"alice-1"');
  assert.equal(requests[0].status, 304);
  assert.match(result.stdout, /0 new entries, 0 updated/);
  assert.equal(server.requestsTo("/carol.xml").length, 1, "a gone feed is not fetched again");
});

test("orrery check prints the config edit for a moved feed", async () => {
  const result = await orrery("check", "--config", config);
  assert.equal(result.code, 0, result.stderr);
  assert.match(
    result.stdout,
    /moved: in person "bob", replace\s+\S+bob-old\.xml\s+with\s+\S+\/bob\.xml/,
  );
  assert.match(result.stdout, /gone \(HTTP 410\)/);
});

test("a bad config stops before anything is touched, naming file, line and key", async () => {
  const bad = join(dir, "bad.yaml");
  await writeFile(
    bad,
    `title: Bad\nlink: https://x.example.org/\npeople:\n  eve:\n    name: Eve\n    feedz: []\n`,
  );
  const result = await orrery("run", "--config", bad);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /bad\.yaml:6:\d+: people\.eve\.feedz: .*did you mean "feeds"/);
});
