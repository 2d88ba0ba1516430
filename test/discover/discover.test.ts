/**
 * Feed autodiscovery against pages served on 127.0.0.1: advertised feeds of several kinds,
 * relative hrefs and <base>, feeds and pages behind redirects, links that look like feeds,
 * common paths guessed, and a page with no feed at all.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { discoverFeeds, isAmbiguous, isCommentFeed } from "../../src/discover/index.js";
import { createFetcher, type Fetcher } from "../../src/fetch/index.js";
import { testSettings } from "../fetch/settings.js";
import { type FeedServer, redirect, serveFeed, startFeedServer } from "../helpers/feed-server.js";
import { atomFeed, htmlPage, rssFeed } from "./pages.js";

let server: FeedServer;
let fetcher: Fetcher;

const posts = ["/2019/10/first", "/2019/10/second"];
const hFeed = readFileSync(new URL("../fixtures/html-source/h-feed.html", import.meta.url));

before(async () => {
  server = await startFeedServer();
  fetcher = createFetcher(testSettings());
  const site = (path: string) => server.url(path);
  const rss = { contentType: "application/rss+xml" };
  // A WordPress-like blog: RSS and Atom of the same posts, and a comments feed.
  server.route(
    "/blog/",
    serveFeed(
      htmlPage([
        `<link rel="alternate" type="application/rss+xml" title="Alice &raquo; Feed" href="${site("/blog/feed/")}">`,
        `<link rel="alternate" type="application/rss+xml" title="Alice &raquo; Comments Feed" href="/blog/comments/feed/">`,
        `<link rel="alternate" type="application/atom+xml" title="Alice" href="feed/atom/">`,
      ]),
      { contentType: "text/html" },
    ),
  );
  server.route("/blog/feed/", serveFeed(rssFeed("Alice", site("/blog/"), posts.map(site)), rss));
  server.route("/blog/feed/atom/", serveFeed(atomFeed("Alice", "Alice Liddell", posts.map(site))));
  server.route(
    "/blog/comments/feed/",
    serveFeed(rssFeed("Comments for Alice", site("/blog/"), [site("/c/1")]), rss),
  );
  // <base href> decides where relative hrefs point; the page itself sits behind a redirect.
  server.route("/bob", redirect(302, "/people/bob/index.html"));
  server.route(
    "/people/bob/index.html",
    serveFeed(
      htmlPage([
        '<base href="/sites/bob/">',
        '<link rel="alternate" type="application/atom+xml" href="atom.xml">',
      ]),
      { contentType: "text/html" },
    ),
  );
  server.route("/sites/bob/atom.xml", redirect(301, "/sites/bob/feed.atom"));
  server.route("/sites/bob/feed.atom", serveFeed(atomFeed("Bob's blog", null, [site("/bob/1")])));
  // No <link>, but a footer link that looks like a feed.
  server.route(
    "/carol/",
    serveFeed(
      htmlPage(
        [],
        '<footer><a href="/carol/index.xml">RSS</a> <a href="/carol/about/">About</a></footer>',
      ),
      { contentType: "text/html" },
    ),
  );
  server.route(
    "/carol/index.xml",
    serveFeed(rssFeed("Carol", site("/carol/"), [site("/carol/p1")]), rss),
  );
  // Nothing in the page at all: the common paths are tried.
  server.route("/dave/", serveFeed(htmlPage([]), { contentType: "text/html" }));
  server.route("/dave/atom.xml", serveFeed(atomFeed("Dave", "Dave", [site("/dave/1")])));
  // No feed, but h-entry microformats.
  server.route("/kim/", serveFeed(hFeed, { contentType: "text/html" }));
  // A page of no feed.
  server.route(
    "/erin/",
    serveFeed(htmlPage([], "<p>No feed here.</p>"), { contentType: "text/html" }),
  );
  // Two different feeds: posts and a link blog.
  server.route(
    "/frank/",
    serveFeed(
      htmlPage([
        '<link rel="alternate" type="application/atom+xml" title="Posts" href="/frank/posts.atom">',
        '<link rel="alternate" type="application/feed+json" title="Links" href="/frank/links.json">',
      ]),
      { contentType: "text/html" },
    ),
  );
  server.route(
    "/frank/posts.atom",
    serveFeed(atomFeed("Frank: posts", "Frank", [site("/frank/p/1")])),
  );
  server.route(
    "/frank/links.json",
    serveFeed(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "Frank: links",
        items: [{ id: "1", url: site("/frank/l/1"), content_text: "x" }],
      }),
      { contentType: "application/feed+json" },
    ),
  );
});

after(async () => {
  await fetcher.close();
  await server.close();
});

async function discover(path: string) {
  const discovery = await discoverFeeds(server.url(path), fetcher);
  assert.ok(discovery.ok, discovery.ok ? "" : discovery.error);
  return discovery;
}

test("several advertised feeds: Atom before RSS, posts before comments, one choice", async () => {
  const { feeds } = await discover("/blog/");
  assert.deepEqual(
    feeds.map((f) => f.url),
    [server.url("/blog/feed/atom/"), server.url("/blog/feed/"), server.url("/blog/comments/feed/")],
  );
  assert.equal(feeds[0].authorName, "Alice Liddell");
  assert.ok(isCommentFeed(feeds[2]));
  assert.equal(isAmbiguous(feeds), false, "the Atom and RSS of one blog are one choice");
});

test("relative hrefs resolve against <base>, after the page's redirect; a moved feed is kept at its new URL", async () => {
  const discovery = await discover("/bob");
  assert.equal(discovery.pageUrl, server.url("/people/bob/index.html"));
  assert.deepEqual(
    discovery.feeds.map((f) => f.url),
    [server.url("/sites/bob/feed.atom")],
  );
});

test("links in the page that look like feeds count when the head advertises none", async () => {
  const { feeds } = await discover("/carol/");
  assert.deepEqual(
    feeds.map((f) => [f.url, f.via]),
    [[server.url("/carol/index.xml"), "anchor"]],
  );
  assert.equal(
    server.requestsTo("/carol/about/").length,
    0,
    "links that do not look like feeds are not fetched",
  );
});

test("a page that says nothing: common paths are tried", async () => {
  const { feeds } = await discover("/dave/");
  assert.deepEqual(
    feeds.map((f) => [f.url, f.via]),
    [[server.url("/dave/atom.xml"), "guess"]],
  );
  assert.equal(server.requestsTo("/dave/feed/").length, 1);
});

test("a page with no feed anywhere finds nothing, and says so without failing", async () => {
  const discovery = await discover("/erin/");
  assert.deepEqual(discovery.feeds, []);
});

test("two different feeds are a real choice; a feed URL given directly is taken as it is", async () => {
  const { feeds } = await discover("/frank/");
  assert.equal(feeds.length, 2);
  assert.equal(isAmbiguous(feeds), true);
  const direct = await discover("/frank/posts.atom");
  assert.deepEqual(
    direct.feeds.map((f) => [f.url, f.via]),
    [[server.url("/frank/posts.atom"), "given"]],
  );
});

test("a page with h-entries and no feed is offered as itself, named by its h-card", async () => {
  const { feeds } = await discover("/kim/");
  assert.deepEqual(
    feeds.map((f) => [f.url, f.via, f.format, f.authorName]),
    [[server.url("/kim/"), "page", "html", "Kim Doe"]],
  );
  assert.equal(isAmbiguous(feeds), false);
});

test("an unreachable page is an error value naming the URL", async () => {
  const discovery = await discoverFeeds("http://127.0.0.1:1/", fetcher);
  assert.equal(discovery.ok, false);
  assert.match(discovery.ok ? "" : discovery.error, /127\.0\.0\.1:1/);
});
