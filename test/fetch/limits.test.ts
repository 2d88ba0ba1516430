/** Timeouts, size limits and network failures, each an outcome with a plain-words reason. */
import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer } from "node:net";
import { after, before, test } from "node:test";
import { createFetcher, type Fetcher } from "../../src/fetch/index.js";
import type { FetchOutcome } from "../../src/model.js";
import {
  dripBody,
  type FeedServer,
  gzipBomb,
  oversize,
  serveFeed,
  serveGzipped,
  slowHeaders,
  startFeedServer,
} from "../helpers/feed-server.js";
import { ATOM, testSettings } from "./settings.js";

const MiB = 1024 * 1024;
let server: FeedServer;
let fetcher: Fetcher;

before(async () => {
  server = await startFeedServer();
  fetcher = createFetcher(testSettings({ timeoutSeconds: 0.3, maxBytes: MiB }));
});
after(async () => {
  await fetcher.close();
  await server.close();
});

function reason(outcome: FetchOutcome): string {
  return outcome.kind === "error" ? outcome.reason : `(${outcome.kind})`;
}

test("headers that never come time out", async () => {
  server.route("/slow-headers", slowHeaders(ATOM));
  const outcome = await fetcher.fetch({ url: server.url("/slow-headers") }, null);
  assert.equal(reason(outcome), "timed out after 0.3 s waiting for response headers");
  assert.equal(outcome.status, null);
});

test("a body that drips slowly times out", async () => {
  server.route("/drip", dripBody(50));
  const outcome = await fetcher.fetch({ url: server.url("/drip") }, null);
  assert.equal(reason(outcome), "timed out after 0.3 s reading the body");
  assert.equal(outcome.status, 200);
});

test("an oversize Content-Length is refused before reading", async () => {
  server.route("/big-declared", oversize(50 * MiB, true));
  const outcome = await fetcher.fetch({ url: server.url("/big-declared") }, null);
  assert.equal(reason(outcome), "response larger than 1 MiB");
});

test("an oversize body without Content-Length is cut off while streaming", async () => {
  server.route("/big-streamed", oversize(50 * MiB, false));
  const outcome = await fetcher.fetch({ url: server.url("/big-streamed") }, null);
  assert.equal(reason(outcome), "response larger than 1 MiB");
});

test("a body just under the limit is read whole", async () => {
  server.route("/fits", oversize(MiB - 10, false));
  const outcome = await fetcher.fetch({ url: server.url("/fits") }, null);
  assert.equal(outcome.kind === "ok" ? outcome.body.length : -1, MiB - 10);
});

test("a gzip bomb stops inflating at the limit", async () => {
  const bomb = await gzipBomb(64 * MiB);
  assert.ok(bomb.length < MiB / 4, `the bomb itself is small (${bomb.length} bytes)`);
  server.route("/bomb.gz", serveGzipped(bomb));
  const outcome = await fetcher.fetch({ url: server.url("/bomb.gz") }, null);
  assert.equal(reason(outcome), "response larger than 1 MiB");
});

test("a refused connection names the address", async () => {
  const closed = createServer();
  closed.listen(0, "127.0.0.1");
  await once(closed, "listening");
  const address = closed.address();
  const port = typeof address === "object" && address ? address.port : 0;
  closed.close();
  await once(closed, "close");
  const outcome = await fetcher.fetch({ url: `http://127.0.0.1:${port}/feed.xml` }, null);
  assert.equal(reason(outcome), `connection refused by 127.0.0.1:${port}`);
});

test("a name that does not resolve is a DNS failure", async () => {
  const outcome = await fetcher.fetch({ url: "http://no-such-blog.invalid/feed.xml" }, null);
  assert.match(reason(outcome), /^DNS lookup failed for no-such-blog\.invalid: /);
});

test("a cut-off body is reported", async () => {
  server.route("/cut", (_req, res) => {
    res.writeHead(200, { "content-length": "1000", "content-type": "application/rss+xml" });
    res.write("<rss>");
    setTimeout(() => res.destroy(), 20);
  });
  const outcome = await fetcher.fetch({ url: server.url("/cut") }, null);
  assert.match(reason(outcome), /before the response was complete/);
});

test("the fetcher still works after all that", async () => {
  server.route("/ok.xml", serveFeed(ATOM));
  const outcome = await fetcher.fetch({ url: server.url("/ok.xml") }, null);
  assert.equal(outcome.kind, "ok");
});
