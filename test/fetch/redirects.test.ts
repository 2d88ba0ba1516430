/** Redirects followed by hand: chains, permanent moves, loops and the hop limit. */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createFetcher, type Fetcher } from "../../src/fetch/index.js";
import type { FetchOutcome } from "../../src/model.js";
import {
  type FeedServer,
  redirect,
  respond,
  serveFeed,
  startFeedServer,
} from "../helpers/feed-server.js";
import { ATOM, testSettings } from "./settings.js";

let server: FeedServer;
let fetcher: Fetcher;

before(async () => {
  server = await startFeedServer();
  fetcher = createFetcher(testSettings());
  server.route("/feed.xml", serveFeed(ATOM, { etag: '"r1"' }));
});
after(async () => {
  await fetcher.close();
  await server.close();
});

function reason(outcome: FetchOutcome): string {
  return outcome.kind === "error" ? outcome.reason : `(${outcome.kind})`;
}

test("a 301 chain ending in a 308 reports the final permanent target", async () => {
  server.route("/p1", redirect(301, "/p2"));
  server.route("/p2", redirect(308, server.url("/feed.xml")));
  const outcome = await fetcher.fetch({ url: server.url("/p1") }, null);
  assert.equal(outcome.kind, "ok");
  assert.equal(outcome.url, server.url("/p1"));
  assert.equal(outcome.finalUrl, server.url("/feed.xml"));
  assert.equal(outcome.movedTo, server.url("/feed.xml"));
  assert.equal(outcome.etag, '"r1"');
});

test("a 302 sets nothing", async () => {
  server.route("/t1", redirect(302, "/feed.xml"));
  const outcome = await fetcher.fetch({ url: server.url("/t1") }, null);
  assert.equal(outcome.kind, "ok");
  assert.equal(outcome.finalUrl, server.url("/feed.xml"));
  assert.equal(outcome.movedTo, null);
});

test("a permanent move after a temporary one does not count", async () => {
  server.route("/t2", redirect(307, "/p3"));
  server.route("/p3", redirect(301, "/feed.xml"));
  const outcome = await fetcher.fetch({ url: server.url("/t2") }, null);
  assert.equal(outcome.kind, "ok");
  assert.equal(outcome.movedTo, null);
});

test("a temporary hop after a permanent one keeps the permanent target", async () => {
  server.route("/p4", redirect(301, "/t3"));
  server.route("/t3", redirect(302, "/feed.xml"));
  const outcome = await fetcher.fetch({ url: server.url("/p4") }, null);
  assert.equal(outcome.movedTo, server.url("/t3"));
  assert.equal(outcome.finalUrl, server.url("/feed.xml"));
});

test("validators travel along the redirect chain, and a 304 at the end is not-modified", async () => {
  server.route("/p5", redirect(301, "/feed.xml"));
  const state = {
    url: server.url("/p5"),
    etag: '"r1"',
    lastModified: null,
    lastStatus: 200,
    lastFetched: null,
    lastSuccess: null,
    lastError: null,
    consecutiveFailures: 0,
    firstFailure: null,
    nextDue: null,
    movedTo: null,
    gone: false,
  };
  const outcome = await fetcher.fetch({ url: server.url("/p5") }, state);
  assert.equal(outcome.kind, "not-modified");
  assert.equal(outcome.movedTo, server.url("/feed.xml"));
});

test("a redirect loop is detected and named", async () => {
  server.route("/a", redirect(302, "/b"));
  server.route("/b", redirect(302, "/a"));
  const outcome = await fetcher.fetch({ url: server.url("/a") }, null);
  assert.equal(outcome.kind, "error");
  const [a, b] = [server.url("/a"), server.url("/b")];
  assert.equal(reason(outcome), `redirect loop: ${a} → ${b} → ${a}`);
  assert.equal(server.requestsTo("/a").length, 1);
});

test("five redirects are followed, a sixth is too many", async () => {
  for (let i = 0; i < 6; i++) server.route(`/hop${i}`, redirect(302, `/hop${i + 1}`));
  server.route("/hop6", serveFeed(ATOM));
  server.route("/hop5", redirect(302, "/hop6"));
  const five = await fetcher.fetch({ url: server.url("/hop1") }, null);
  assert.equal(five.kind, "ok", reason(five));
  const six = await fetcher.fetch({ url: server.url("/hop0") }, null);
  assert.equal(reason(six), "too many redirects (more than 5)");
});

test("a redirect without Location, or to a file: URL, is an error", async () => {
  server.route("/nolocation", respond(301));
  assert.equal(
    reason(await fetcher.fetch({ url: server.url("/nolocation") }, null)),
    "HTTP 301 redirect without a Location header",
  );
  server.route("/tofile", redirect(302, "file:///etc/passwd"));
  const outcome = await fetcher.fetch({ url: server.url("/tofile") }, null);
  assert.match(reason(outcome), /^refused: redirect to a file: URL/);
});

test("a redirect to a 404 keeps the permanent move and reports the 404", async () => {
  server.route("/p6", redirect(308, "/nothing-here"));
  const outcome = await fetcher.fetch({ url: server.url("/p6") }, null);
  assert.equal(reason(outcome), "HTTP 404 Not Found");
  assert.equal(outcome.movedTo, server.url("/nothing-here"));
});
