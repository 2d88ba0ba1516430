/**
 * A blog without a feed, end to end: a `type: html` subscription with selector rules, the page
 * served on 127.0.0.1, `orrery run` as a child process, the river read back; then a second
 * refresh that sends the page's validators like any feed's.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type FeedServer, serveFeed, startFeedServer } from "../helpers/feed-server.js";
import { orrery } from "../helpers/orrery-cli.js";

const page = readFileSync(
  new URL("../fixtures/html-source/wordpress-front-page.html", import.meta.url),
);

let server: FeedServer;
let dir: string;
let config: string;

before(async () => {
  server = await startFeedServer();
  server.route(
    "/blog/",
    serveFeed(page, { contentType: "text/html; charset=utf-8", etag: '"page-1"' }),
  );
  dir = await mkdtemp(join(tmpdir(), "orrery-html-"));
  config = join(dir, "orrery.yaml");
  await writeFile(
    config,
    `title: Test Planet
link: https://planet.example.org/
fetch: { new_feed_items: 10 }
people:
  eric:
    name: Éric
    feeds:
      - url: ${server.url("/blog/")}
        type: html
        rules:
          entry: article.post
          title: .entry-title
          link: .entry-title a
          date: .postdate, .postmeta
          date_format: "MMM DDYYYY * at HH:mm"
          content: .entry
`,
  );
});

after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

test("orrery run reads the page by its rules and publishes its posts, sanitized", async () => {
  const result = await orrery(["run", "--config", config]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /1 fetched, 0 not modified, 2 new entries/);
  const river = await readFile(join(dir, "public", "index.html"), "utf8");
  assert.match(river, /Powerline for bash and vim/);
  assert.match(river, /Avahi daemon and the fork that failed/);
  assert.match(river, /\/2016\/09\/13\/powerline-for-bash-and-vim\//);
  assert.doesNotMatch(river, /trackReader/);
});

test("a second refresh of the page is a conditional GET", async () => {
  const before = server.requestsTo("/blog/").length;
  const result = await orrery(["refresh", "--force", "--config", config]);
  assert.equal(result.code, 0, result.stderr);
  const [request] = server.requestsTo("/blog/").slice(before);
  assert.equal(request.headers["if-none-match"], '"page-1"');
  assert.equal(request.status, 304);
  assert.match(result.stdout, /0 new entries/);
});

test("rules are validated like the rest of the config: unknown keys, bad selectors, no type", async () => {
  const bad = join(dir, "bad.yaml");
  await writeFile(
    bad,
    `title: Bad
link: https://x.example.org/
people:
  eve:
    name: Eve
    feeds:
      - url: https://eve.example.org/
        type: html
        rules: { entry: "article[", titl: h2, date_format: "HH:mm" }
      - url: https://eve.example.org/feed
        rules: { entry: article }
`,
  );
  const result = await orrery(["check", "--config", bad]);
  assert.equal(result.code, 2);
  assert.match(
    result.stderr,
    /bad\.yaml:9:\d+: people\.eve\.feeds\[0\]\.rules\.entry: not a CSS selector/,
  );
  assert.match(
    result.stderr,
    /bad\.yaml:9:\d+: people\.eve\.feeds\[0\]\.rules\.titl: unknown key; did you mean "title"\?/,
  );
  assert.match(
    result.stderr,
    /people\.eve\.feeds\[0\]\.rules\.date_format: a date format needs a year/,
  );
  assert.match(
    result.stderr,
    /bad\.yaml:11:\d+: people\.eve\.feeds\[1\]\.rules: rules apply to web pages only/,
  );
});
