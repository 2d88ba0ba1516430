/**
 * `orrery add` as a user runs it: a commented config in git, a blog's page on 127.0.0.1, the
 * command as a child process. The config must come back byte for byte, plus the added lines.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, beforeEach, test } from "node:test";
import { atomFeed, htmlPage, rssFeed } from "../discover/pages.js";
import { type FeedServer, serveFeed, startFeedServer } from "../helpers/feed-server.js";
import { orrery } from "../helpers/orrery-cli.js";

const ORIGINAL = `# Gentoo Universe: the people we read.
# Keep people in alphabetical order, please.

title: Gentoo Universe   # shown in the header
link: https://universe.example.org/
fetch:
  new_feed_items: 10

people:
  # Michał maintains Python.
  mgorny:
    name: "Michał Górny"
    links: { homepage: "https://blogs.example.org/mgorny/" }
    feeds:
      - https://blogs.example.org/mgorny/feed/   # main feed

planets:
  universe: {}   # everything
`;

let server: FeedServer;
let dir: string;
let config: string;

before(async () => {
  server = await startFeedServer();
  const site = (path: string) => server.url(path);
  server.route(
    "/alice/",
    serveFeed(htmlPage([`<link rel="alternate" type="application/atom+xml" href="atom.xml">`]), {
      contentType: "text/html",
    }),
  );
  server.route(
    "/alice/atom.xml",
    serveFeed(atomFeed("Down the rabbit hole", "Alice Liddell", [site("/alice/1")])),
  );
  server.route(
    "/frank/",
    serveFeed(
      htmlPage([
        '<link rel="alternate" type="application/atom+xml" title="Posts" href="/frank/posts.atom">',
        '<link rel="alternate" type="application/rss+xml" title="Links" href="/frank/links.rss">',
      ]),
      { contentType: "text/html" },
    ),
  );
  server.route(
    "/frank/posts.atom",
    serveFeed(atomFeed("Frank's posts", null, [site("/frank/p/1")])),
  );
  server.route(
    "/frank/links.rss",
    serveFeed(rssFeed("Frank's links", site("/frank/"), [site("/frank/l/1")]), {
      contentType: "application/rss+xml",
    }),
  );
  const hFeed = await readFile(new URL("../fixtures/html-source/h-feed.html", import.meta.url));
  server.route("/kim/", serveFeed(hFeed, { contentType: "text/html" }));
  server.route("/nofeed/", serveFeed(htmlPage([]), { contentType: "text/html" }));
  dir = await mkdtemp(join(tmpdir(), "orrery-add-"));
  config = join(dir, "orrery.yaml");
});

beforeEach(async () => {
  await writeFile(config, ORIGINAL);
});

after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** The lines added to ORIGINAL, asserting nothing else changed and they form one hunk. */
function addedLines(text: string): string[] {
  const before = ORIGINAL.split("\n");
  const now = text.split("\n");
  let start = 0;
  while (start < before.length && before[start] === now[start]) start++;
  const extra = now.length - before.length;
  assert.ok(extra > 0, "nothing was added");
  assert.deepEqual(now.slice(start + extra), before.slice(start), "the rest of the file changed");
  return now.slice(start, start + extra);
}

test("adds the person from a page URL, named after the feed's author, as one clean hunk", async () => {
  const result = await orrery([
    "add",
    server.url("/alice/"),
    "--tag",
    "gentoo",
    "--config",
    config,
  ]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /added person "alice-liddell" \(Alice Liddell\)/);
  assert.deepEqual(addedLines(await readFile(config, "utf8")), [
    "  alice-liddell:",
    "    name: Alice Liddell",
    "    links:",
    `      homepage: ${server.url("/alice/")}`,
    "    feeds:",
    `      - url: ${server.url("/alice/atom.xml")}`,
    "        tags:",
    "          - gentoo",
  ]);
});

test("adding the same blog again changes nothing", async () => {
  await orrery(["add", server.url("/alice/"), "--config", config]);
  const once = await readFile(config, "utf8");
  const again = await orrery(["add", server.url("/alice/"), "--config", config]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /in the config already; nothing was changed/);
  assert.equal(await readFile(config, "utf8"), once);
});

test("several different feeds: without a terminal it lists them and needs --pick", async () => {
  const listed = await orrery(["add", server.url("/frank/"), "--config", config]);
  assert.equal(listed.code, 2);
  assert.match(listed.stderr, /1\. \S+\/frank\/posts\.atom \(Atom, "Frank's posts"/);
  assert.match(listed.stderr, /2\. \S+\/frank\/links\.rss \(RSS, "Frank's links"/);
  assert.match(listed.stderr, /--pick N/);
  assert.equal(await readFile(config, "utf8"), ORIGINAL);

  const picked = await orrery([
    "add",
    server.url("/frank/"),
    "--pick",
    "2",
    "--name",
    "Frank Zappa",
    "--id",
    "frank",
    "--config",
    config,
  ]);
  assert.equal(picked.code, 0, picked.stderr);
  const added = addedLines(await readFile(config, "utf8"));
  assert.deepEqual(added.slice(0, 2), ["  frank:", "    name: Frank Zappa"]);
  assert.ok(added.includes(`      - ${server.url("/frank/links.rss")}`));
});

test("an existing id gets the feed added to its list", async () => {
  const result = await orrery([
    "add",
    server.url("/alice/atom.xml"),
    "--id",
    "mgorny",
    "--config",
    config,
  ]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /added a feed of "mgorny"/);
  assert.deepEqual(addedLines(await readFile(config, "utf8")), [
    `      - ${server.url("/alice/atom.xml")}`,
  ]);
});

test("a page without a feed but with h-entries is added as a web page read by microformats", async () => {
  const result = await orrery(["add", server.url("/kim/"), "--config", config]);
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(addedLines(await readFile(config, "utf8")), [
    "  kim-doe:",
    "    name: Kim Doe",
    "    links:",
    `      homepage: ${server.url("/kim/")}`,
    "    feeds:",
    `      - url: ${server.url("/kim/")}`,
    "        type: html",
  ]);
});

test("a page without a feed is an error that points to type: html, and nothing is written", async () => {
  const result = await orrery(["add", server.url("/nofeed/"), "--config", config]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /no feed found at .*type: html/);
  assert.equal(await readFile(config, "utf8"), ORIGINAL);
});
